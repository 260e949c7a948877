<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About OfficerDesk</source>
        <translation>OfficerDesk 정보</translation>
    </message>
    <message>
        <source>Meeting notes, company requests, contacts and briefs for overseas IP officers, encrypted on this laptop and synced with HQ.</source>
        <translation>해외 지식재산 담당관을 위한 회의록, 기업 애로 요청, 연락처, 보고서. 이 노트북에 암호화하여 보관하고 본부와 동기화합니다.</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>프로필:</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>파일 추가…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Drop files here to attach them.</source>
        <translation>파일을 여기에 끌어다 놓으면 첨부됩니다.</translation>
    </message>
    <message>
        <source>Save the record first to attach files.</source>
        <translation>파일을 첨부하려면 먼저 저장하십시오.</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>파일 첨부</translation>
    </message>
</context>
<context>
    <name>BriefsView</name>
    <message>
        <source>Making briefs is not available in this build yet.</source>
        <translation>이 빌드에서는 아직 보고서를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>New brief…</source>
        <translation>새 보고서…</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF 열기</translation>
    </message>
    <message>
        <source>The PDF of this brief is not on this laptop.</source>
        <translation>이 보고서의 PDF가 이 노트북에 없습니다.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Meeting brief</source>
        <translation>회의 보고서</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation>애로 처리 보고서</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation>활동 보고서</translation>
    </message>
    <message>
        <source>Trend brief</source>
        <translation>동향 보고서</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation>연락처 목록</translation>
    </message>
    <message>
        <source>HQ roll-up</source>
        <translation>본부 종합 보고서</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>초안</translation>
    </message>
    <message>
        <source>Waiting to send</source>
        <translation>전송 대기</translation>
    </message>
    <message>
        <source>Sent to HQ</source>
        <translation>본부 전송 완료</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>보안 등급</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분류</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>최근 연락</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>영문 이름</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Name (Korean)</source>
        <translation>기업명(국문)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>기업명(영문)</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>규모</translation>
    </message>
    <message>
        <source>Business number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>날짜</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>수정일</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>전송</translation>
    </message>
</context>
<context>
    <name>CompanyEditor</name>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Name in Korean</source>
        <translation>기업명(국문)</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>기업명(영문)</translation>
    </message>
    <message>
        <source>Business registration number</source>
        <translation>사업자등록번호</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>업종</translation>
    </message>
    <message>
        <source>Local subsidiary</source>
        <translation>현지 법인</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>기업 규모</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>새 기업</translation>
    </message>
</context>
<context>
    <name>CompanyRequestEditor</name>
    <message>
        <source>Company request</source>
        <translation>기업 애로 요청</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Choose a company</source>
        <translation>기업 선택</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>우선순위</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>접수일</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>처리 기한</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Choose the assignee</source>
        <translation>담당자 선택</translation>
    </message>
    <message>
        <source>Details and outcome</source>
        <translation>상세 내용 및 처리 결과</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 내용</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Linked records</source>
        <translation>관련 레코드</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>관련 연락처</translation>
    </message>
    <message>
        <source>Choose contacts</source>
        <translation>연락처 선택</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>관련 회의</translation>
    </message>
    <message>
        <source>Choose meetings</source>
        <translation>회의 선택</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>처리 상태</translation>
    </message>
    <message>
        <source>Escalated to HQ</source>
        <translation>본부 이관됨</translation>
    </message>
    <message>
        <source>Note for the next step (optional)</source>
        <translation>다음 단계 메모(선택)</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>현재 상태:</translation>
    </message>
    <message>
        <source>Case report…</source>
        <translation>애로 처리 보고서…</translation>
    </message>
    <message>
        <source>New company request</source>
        <translation>새 기업 애로 요청</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Save the request to move it along.</source>
        <translation>요청을 저장한 뒤 다음 단계로 진행할 수 있습니다.</translation>
    </message>
    <message>
        <source>This request is finished; no further steps.</source>
        <translation>처리가 끝난 요청입니다. 다음 단계가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ConflictsView</name>
    <message>
        <source>No conflicts. Edits made here and elsewhere at the same time appear here.</source>
        <translation>충돌이 없습니다. 이 노트북과 다른 곳에서 동시에 수정한 내용이 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>Open conflicts</source>
        <translation>미해결 충돌</translation>
    </message>
    <message>
        <source>Mine (this laptop)</source>
        <translation>내 내용(이 노트북)</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대 내용</translation>
    </message>
    <message>
        <source>Merged text (edit, then save)</source>
        <translation>병합한 내용(수정한 뒤 저장)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>내 내용 유지</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>상대 내용 유지</translation>
    </message>
    <message>
        <source>Save merged text</source>
        <translation>병합 내용 저장</translation>
    </message>
    <message>
        <source>Open record</source>
        <translation>레코드 열기</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정 사항</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 내용</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>처리 결과</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Implications</source>
        <translation>시사점</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Nothing to decide</source>
        <translation>결정할 충돌이 없습니다</translation>
    </message>
    <message>
        <source>%1 deleted this record while you edited it. Keep mine restores it; keep theirs leaves it deleted.</source>
        <translation>내가 수정하는 동안 %1 님이 이 레코드를 삭제했습니다. ‘내 내용 유지’는 레코드를 복원하고, ‘상대 내용 유지’는 삭제된 채로 둡니다.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>다른 사용자</translation>
    </message>
    <message>
        <source>%1 changed this text while you changed it too. Keep one side, or merge both.</source>
        <translation>내가 수정하는 동안 %1 님도 이 내용을 수정했습니다. 한쪽을 유지하거나 두 내용을 병합하십시오.</translation>
    </message>
    <message>
        <source>Theirs (%1)</source>
        <translation>상대 내용(%1)</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Name in other scripts</source>
        <translation>다른 표기 이름</translation>
    </message>
    <message>
        <source>e.g. 山田太郎 / Yamada Taro</source>
        <translation>예: 山田太郎 / Yamada Taro</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>소속 기관</translation>
    </message>
    <message>
        <source>Choose an organization</source>
        <translation>기관 선택</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>사용 언어</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>최근 연락일</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>새 연락처</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>Due in the next two weeks</source>
        <translation>2주 안에 기한</translation>
    </message>
    <message>
        <source>Open requests by status</source>
        <translation>진행 중 요청 (상태별)</translation>
    </message>
    <message>
        <source>Open requests by category</source>
        <translation>진행 중 요청 (분류별)</translation>
    </message>
    <message>
        <source>Recent meetings</source>
        <translation>최근 회의</translation>
    </message>
    <message>
        <source>Sync with HQ</source>
        <translation>본부 동기화</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>오늘, %1</translation>
    </message>
    <message>
        <source>Nothing overdue</source>
        <translation>기한이 지난 항목이 없습니다</translation>
    </message>
    <message>
        <source>Nothing due soon</source>
        <translation>곧 기한이 되는 항목이 없습니다</translation>
    </message>
    <message>
        <source>No open requests</source>
        <translation>진행 중인 요청이 없습니다</translation>
    </message>
    <message>
        <source>No meetings yet</source>
        <translation>아직 회의가 없습니다</translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>전송 대기 중인 변경 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>최근 동기화: %1</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>요청</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Preparing the demo profile…</source>
        <translation type="vanished">데모 프로필을 준비하는 중…</translation>
    </message>
    <message>
        <source>Preparing the demo data…</source>
        <translation>데모 데이터를 준비하는 중…</translation>
    </message>
    <message>
        <source>The demo data was not prepared; it will be prepared at the next start</source>
        <translation>데모 데이터를 준비하지 못했습니다. 다음에 시작할 때 준비합니다</translation>
    </message>
    <message>
        <source>Demo without a local HQ: it is not part of this build</source>
        <translation>로컬 본부 없이 데모 실행 중: 이 빌드에 포함되어 있지 않습니다</translation>
    </message>
    <message>
        <source>Local HQ running at %1</source>
        <translation>로컬 본부 실행 중: %1</translation>
    </message>
    <message>
        <source>Demo without a local HQ: it did not start</source>
        <translation>로컬 본부 없이 데모 실행 중: 시작하지 못했습니다</translation>
    </message>
    <message>
        <source>Starting the local HQ…</source>
        <translation>로컬 본부를 시작하는 중…</translation>
    </message>
    <message>
        <source>Demo without a local HQ</source>
        <translation>로컬 본부 없이 데모 실행 중</translation>
    </message>
</context>
<context>
    <name>DeskStatusBar</name>
    <message numerus="yes">
        <source>%Ln change(s) to send</source>
        <translation>
            <numerusform>보낼 변경 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>최근 동기화: %1</translation>
    </message>
    <message>
        <source>HQ: not tried yet</source>
        <translation>본부: 아직 연결 안 함</translation>
    </message>
    <message>
        <source>HQ: not connected</source>
        <translation>본부: 미등록</translation>
    </message>
    <message>
        <source>HQ: online</source>
        <translation>본부: 연결됨</translation>
    </message>
    <message>
        <source>HQ: offline</source>
        <translation>본부: 오프라인</translation>
    </message>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” 삭제됨</translation>
    </message>
</context>
<context>
    <name>DraftRecoveryDialog</name>
    <message>
        <source>Recover unsaved changes</source>
        <translation>저장하지 않은 변경 내용 복구</translation>
    </message>
    <message>
        <source>OfficerDesk was closed while these records had unsaved changes.</source>
        <translation>다음 레코드에 저장하지 않은 변경 내용이 있는 상태에서 OfficerDesk가 종료되었습니다.</translation>
    </message>
    <message>
        <source>Open and recover</source>
        <translation>열어서 복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>(new record)</source>
        <translation>(새 레코드)</translation>
    </message>
    <message>
        <source>%1 — saved %2</source>
        <translation>%1 — %2 저장</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Cannot reach HQ. Your work is kept on this laptop and will be sent at the next sync.</source>
        <translation>본부에 연결할 수 없습니다. 작업 내용은 이 노트북에 보관되며 다음 동기화 때 전송됩니다.</translation>
    </message>
    <message>
        <source>Something went wrong: %1. Your data is safe; the details are in the log.</source>
        <translation>문제가 발생했습니다: %1. 데이터는 안전하며 자세한 내용은 로그에 있습니다.</translation>
    </message>
    <message>
        <source>HQ no longer accepts this laptop (%1). Enrol it again in Settings → HQ connection.</source>
        <translation>본부가 이 노트북을 더 이상 허용하지 않습니다(%1). 설정 → 본부 연결에서 다시 등록하십시오.</translation>
    </message>
    <message>
        <source>Enrol again…</source>
        <translation>다시 등록…</translation>
    </message>
    <message>
        <source>OfficerDesk</source>
        <translation>OfficerDesk</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by title or name…</source>
        <translation>제목 또는 이름으로 찾기…</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>모든 우선순위</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>From</source>
        <translation>시작일</translation>
    </message>
    <message>
        <source>To</source>
        <translation>종료일</translation>
    </message>
    <message>
        <source>Open only</source>
        <translation>진행 중만</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>모든 공관</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to OfficerDesk</source>
        <translation>OfficerDesk에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Tell OfficerDesk who you are and which post this laptop works for. Your records stay encrypted on this laptop.</source>
        <translation>사용자 이름과 이 노트북이 소속된 공관을 알려 주십시오. 기록은 이 노트북에 암호화되어 보관됩니다.</translation>
    </message>
    <message>
        <source>e.g. 김민수</source>
        <translation>예: 김민수</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>이름:</translation>
    </message>
    <message>
        <source>Post:</source>
        <translation>공관:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
</context>
<context>
    <name>FollowUpEditor</name>
    <message>
        <source>Follow-up</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>관련 레코드</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>관련 회의</translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation>회의 선택</translation>
    </message>
    <message>
        <source>Company request</source>
        <translation>관련 요청</translation>
    </message>
    <message>
        <source>Choose a company request</source>
        <translation>요청 선택</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>새 후속 조치</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치 사항</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당자</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>New follow-up: what needs doing</source>
        <translation>새 후속 조치: 해야 할 일</translation>
    </message>
    <message>
        <source>Add follow-up</source>
        <translation>후속 조치 추가</translation>
    </message>
    <message>
        <source>Save the record first to add follow-ups</source>
        <translation>후속 조치를 추가하려면 먼저 저장하십시오</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Status history</source>
        <translation>상태 변경 이력</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>From</source>
        <translation>이전 상태</translation>
    </message>
    <message>
        <source>To</source>
        <translation>변경 상태</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>메모</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
</context>
<context>
    <name>LinkField</name>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Double-click to open</source>
        <translation>두 번 클릭하면 열립니다</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Find in list</source>
        <translation>목록에서 찾기</translation>
    </message>
    <message>
        <source>Search everywhere…</source>
        <translation>전체 검색…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>지금 동기화</translation>
    </message>
    <message>
        <source>New brief…</source>
        <translation>새 보고서…</translation>
    </message>
    <message>
        <source>Brief this record…</source>
        <translation>이 기록으로 보고서 만들기…</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Import records…</source>
        <translation>레코드 가져오기…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>About OfficerDesk</source>
        <translation>OfficerDesk 정보</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>New record (Ctrl+N)</source>
        <translation>새 레코드 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Search everywhere (Ctrl+K)</source>
        <translation>전체 검색 (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>동기화(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <source>Open a saved meeting or company request to brief it</source>
        <translation>보고서를 만들려면 저장된 회의나 기업 애로 요청을 여십시오</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation>레코드 가져오기</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.ndjson *.json *.csv *.vcf *.vcard *.ics)</source>
        <translation>레코드 (*.jsonl *.ndjson *.json *.csv *.vcf *.vcard *.ics)</translation>
    </message>
    <message>
        <source>Imported %1 records</source>
        <translation>레코드 %1건을 가져왔습니다</translation>
    </message>
    <message>
        <source>You have unsaved changes. They are kept as a draft and offered next time. Quit now?</source>
        <translation>저장하지 않은 변경 사항이 있습니다. 초안으로 보관되어 다음에 복구할 수 있습니다. 지금 종료하시겠습니까?</translation>
    </message>
    <message>
        <source>Conflicts are not available in this build.</source>
        <translation>이 빌드에서는 충돌 검토를 사용할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <source>Meeting</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>장소</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>온라인 회의</translation>
    </message>
    <message>
        <source>Attendees and linked records</source>
        <translation>참석자 및 관련 레코드</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>참석자</translation>
    </message>
    <message>
        <source>Choose attendees</source>
        <translation>참석자 선택</translation>
    </message>
    <message>
        <source>Officers</source>
        <translation>참석 특허관</translation>
    </message>
    <message>
        <source>Choose officers</source>
        <translation>특허관 선택</translation>
    </message>
    <message>
        <source>Linked requests</source>
        <translation>관련 요청</translation>
    </message>
    <message>
        <source>Choose company requests</source>
        <translation>기업 애로 요청 선택</translation>
    </message>
    <message>
        <source>Agenda and notes</source>
        <translation>안건 및 논의 내용</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>안건</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>논의 내용</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>결정 사항</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Brief this meeting…</source>
        <translation>회의 보고서 만들기…</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>새 회의</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>회의</translation>
    </message>
    <message>
        <source>Company requests</source>
        <translation>기업 애로 요청</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>기업</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>후속 조치</translation>
    </message>
    <message>
        <source>Trend notes</source>
        <translation>동향 메모</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>보고서</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>충돌</translation>
    </message>
</context>
<context>
    <name>NewBriefDialog</name>
    <message>
        <source>Meeting brief</source>
        <translation type="vanished">회의 결과 보고</translation>
    </message>
    <message>
        <source>Case report</source>
        <translation type="vanished">기업 애로 처리 보고</translation>
    </message>
    <message>
        <source>Activity report</source>
        <translation type="vanished">공관 활동 보고</translation>
    </message>
    <message>
        <source>Trend brief</source>
        <translation type="vanished">동향 보고</translation>
    </message>
    <message>
        <source>Contact sheet</source>
        <translation type="vanished">주요 인사 연락처</translation>
    </message>
    <message>
        <source>HQ roll-up</source>
        <translation type="vanished">공관별 활동 종합</translation>
    </message>
    <message>
        <source>New brief</source>
        <translation>새 보고서</translation>
    </message>
    <message>
        <source>No record chosen</source>
        <translation>선택한 기록 없음</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Include restricted (대외비) records</source>
        <translation>대외비 기록 포함</translation>
    </message>
    <message>
        <source>Build preview</source>
        <translation>미리 보기 만들기</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>공관</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>용지</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Finalise and queue for HQ</source>
        <translation>확정하고 본부 전송 대기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Choose a meeting</source>
        <translation>회의 선택</translation>
    </message>
    <message>
        <source>Choose a company request</source>
        <translation>기업 애로 요청 선택</translation>
    </message>
    <message>
        <source>Gathering the records…</source>
        <translation>기록을 모으는 중…</translation>
    </message>
    <message>
        <source>Typesetting…</source>
        <translation>조판 중…</translation>
    </message>
    <message>
        <source>Building the brief</source>
        <translation>보고서를 만드는 중</translation>
    </message>
    <message>
        <source>The brief was not built.</source>
        <translation>보고서를 만들지 못했습니다.</translation>
    </message>
    <message>
        <source>Options changed while building; build again to see them.</source>
        <translation>만드는 동안 설정이 바뀌었습니다. 다시 만들어 확인하십시오.</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>Restricted records left out: %1</source>
        <translation>대외비 %1건 제외</translation>
    </message>
    <message>
        <source>Save brief</source>
        <translation>보고서 저장</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1에 저장했습니다</translation>
    </message>
    <message>
        <source>Finalised; it will be sent to HQ at the next sync.</source>
        <translation>확정했습니다. 다음 동기화 때 본부로 전송됩니다.</translation>
    </message>
</context>
<context>
    <name>OpRunner</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>OfficerDesk</source>
        <translation>OfficerDesk</translation>
    </message>
</context>
<context>
    <name>OrganizationEditor</name>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Name (local script)</source>
        <translation>기관명(현지어)</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>기관명(영문)</translation>
    </message>
    <message>
        <source>Name in Korean</source>
        <translation>기관명(국문)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>웹사이트</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>New organization</source>
        <translation>새 기관</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>버리기</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>필수 항목</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>레코드</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>보안 등급</translation>
    </message>
    <message>
        <source>Build a PDF brief of this record as it is saved (Ctrl+Shift+B)</source>
        <translation>저장된 내용으로 이 기록의 PDF 보고서를 만듭니다 (Ctrl+Shift+B)</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>새 레코드</translation>
    </message>
    <message>
        <source>Recover unsaved changes from %1?</source>
        <translation>%1에 저장하지 않은 변경 내용이 있습니다. 복구하시겠습니까?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this for a few seconds.</source>
        <translation>“%1”을(를) 삭제하시겠습니까? 몇 초 동안은 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Discard this new record? It was never saved.</source>
        <translation>저장하지 않은 새 레코드를 버리시겠습니까?</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>No records match the filter.</source>
        <translation>조건에 맞는 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>No briefs yet. New brief… (Ctrl+B) makes one.</source>
        <translation>아직 보고서가 없습니다. 새 보고서…(Ctrl+B)로 만드십시오.</translation>
    </message>
    <message>
        <source>Nothing here yet. New (Ctrl+N) adds the first one.</source>
        <translation>아직 레코드가 없습니다. 새로 만들기(Ctrl+N)로 추가하십시오.</translation>
    </message>
</context>
<context>
    <name>RecordPicker</name>
    <message>
        <source>Type to filter…</source>
        <translation>입력하여 찾기…</translation>
    </message>
    <message>
        <source>Everything found is already linked</source>
        <translation>찾은 항목이 모두 이미 연결되어 있습니다</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치하는 항목이 없습니다</translation>
    </message>
</context>
<context>
    <name>RecordSummary</name>
    <message>
        <source>Select a record in the list</source>
        <translation>목록에서 레코드를 선택하십시오</translation>
    </message>
</context>
<context>
    <name>SearchEverywhere</name>
    <message>
        <source>Search everywhere</source>
        <translation>전체 검색</translation>
    </message>
    <message>
        <source>Search meetings, requests, contacts, companies…</source>
        <translation>회의, 요청, 연락처, 기업 검색…</translation>
    </message>
    <message>
        <source>Type to search</source>
        <translation>검색어를 입력하십시오</translation>
    </message>
    <message numerus="yes">
        <source>%Ln result(s)</source>
        <translation>
            <numerusform>결과 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>No results</source>
        <translation>결과 없음</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Backup written and verified:
%1</source>
        <translation>백업을 만들고 확인했습니다:
%1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>백업하는 중…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>HQ connection</source>
        <translation>본부 연결</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>A new language applies when OfficerDesk next starts.</source>
        <translation>새 언어는 OfficerDesk를 다시 시작하면 적용됩니다.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>데이터 폴더:</translation>
    </message>
    <message>
        <source>one-time code from your HQ administrator</source>
        <translation>본부 관리자에게 받은 일회용 코드</translation>
    </message>
    <message>
        <source>Connect to HQ</source>
        <translation>본부에 연결</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>HQ address:</source>
        <translation>본부 주소:</translation>
    </message>
    <message>
        <source>Enrolment code:</source>
        <translation>등록 코드:</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>백업에서 복원…</translation>
    </message>
    <message>
        <source>Backups are encrypted with this profile&apos;s key and checked after writing. OfficerDesk also makes one every day and before every upgrade.</source>
        <translation>백업은 이 프로필의 키로 암호화되고 작성 후 검증됩니다. OfficerDesk는 매일 그리고 업그레이드 전마다 백업을 만듭니다.</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>백업 폴더:</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>%1에 연결됨</translation>
    </message>
    <message>
        <source>Not connected. Enter the HQ address and the one-time code.</source>
        <translation>연결되지 않았습니다. 본부 주소와 일회용 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>Connecting to HQ…</source>
        <translation>본부에 연결하는 중…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>OfficerDesk backups (*.db)</source>
        <translation>OfficerDesk 백업 (*.db)</translation>
    </message>
    <message>
        <source>The backup was restored; the previous database was saved to %1. OfficerDesk will now close; start it again to continue.</source>
        <translation>백업을 복원했습니다. 이전 데이터베이스는 %1에 저장했습니다. OfficerDesk를 종료합니다. 다시 시작하여 계속하십시오.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>복원하는 중…</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>Syncing with HQ…</source>
        <translation>본부와 동기화하는 중…</translation>
    </message>
    <message>
        <source>HQ refused this laptop: connect it again in Settings → HQ connection.</source>
        <translation>본부가 이 노트북을 거부했습니다. 설정 → 본부 연결에서 다시 연결하십시오.</translation>
    </message>
    <message>
        <source>HQ cannot be reached; changes wait on this laptop.</source>
        <translation>본부에 연결할 수 없습니다. 변경 사항은 이 노트북에 보관됩니다.</translation>
    </message>
    <message>
        <source>Sync complete: %1 sent, %2 received, %3 conflict(s).</source>
        <translation>동기화 완료: 보냄 %1건, 받음 %2건, 충돌 %3건.</translation>
    </message>
    <message>
        <source>%1 brief(s) could not be sent to HQ and will be tried again later.</source>
        <translation>보고서 %1건을 본부에 보내지 못했습니다. 나중에 다시 보냅니다.</translation>
    </message>
    <message>
        <source>This laptop is not connected to HQ yet. Connect it in Settings → HQ connection with the one-time code your HQ administrator gave you.</source>
        <translation>이 노트북은 아직 본부에 연결되지 않았습니다. 본부 관리자에게 받은 일회용 코드로 설정 → 본부 연결에서 연결하십시오.</translation>
    </message>
    <message>
        <source>Open HQ connection…</source>
        <translation>본부 연결 열기…</translation>
    </message>
</context>
<context>
    <name>TagsField</name>
    <message>
        <source>comma-separated, e.g. RCEP, customs</source>
        <translation>쉼표로 구분, 예: RCEP, 세관</translation>
    </message>
</context>
<context>
    <name>TrendNoteEditor</name>
    <message>
        <source>Trend note</source>
        <translation>동향 메모</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>주제</translation>
    </message>
    <message>
        <source>e.g. RCEP, digital economy</source>
        <translation>예: RCEP, 디지털 경제</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>일자</translation>
    </message>
    <message>
        <source>Summary and implications</source>
        <translation>요약 및 시사점</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Implications for companies</source>
        <translation>기업 시사점</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>New trend note</source>
        <translation>새 동향 메모</translation>
    </message>
</context>
<context>
    <name>UndoStrip</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
</context>
</TS>
