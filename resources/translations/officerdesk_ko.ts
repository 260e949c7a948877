<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name />
    <message>
        <source>Added</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>갱신</translation>
    </message>
    <message>
        <source>Unchanged (already here)</source>
        <translation>변경 없음(이미 있음)</translation>
    </message>
    <message>
        <source>Skipped %1:</source>
        <translation>건너뜀 %1건:</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1행: %2</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
    <message>
        <source>Korean (CP949/EUC-KR)</source>
        <translation>한국어 (CP949/EUC-KR)</translation>
    </message>
    <message>
        <source>Korean (EUC-KR)</source>
        <translation>한국어 (EUC-KR)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS)</source>
        <translation>일본어 (Shift_JIS)</translation>
    </message>
    <message>
        <source>Japanese (Shift_JIS/cp932)</source>
        <translation>일본어 (Shift_JIS/cp932)</translation>
    </message>
    <message>
        <source>Chinese (GBK/GB18030)</source>
        <translation>중국어 (GBK/GB18030)</translation>
    </message>
    <message>
        <source>Chinese (Big5)</source>
        <translation>중국어 번체 (Big5)</translation>
    </message>
    <message>
        <source>Western European (cp1252)</source>
        <translation>서유럽어 (cp1252)</translation>
    </message>
    <message>
        <source>Central European (cp1250)</source>
        <translation>중부 유럽어 (cp1250)</translation>
    </message>
    <message>
        <source>as chosen</source>
        <translation>지정함</translation>
    </message>
    <message>
        <source>marked in the file</source>
        <translation>파일에 표시됨</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>자동 감지</translation>
    </message>
    <message>
        <source>Export deadlines to calendar</source>
        <translation>기한을 달력으로 내보내기</translation>
    </message>
    <message>
        <source>Calendar (*.ics)</source>
        <translation>달력 (*.ics)</translation>
    </message>
    <message>
        <source>%1 deadlines written to %2</source>
        <translation>기한 %1건을 %2에 저장했습니다</translation>
    </message>
</context>
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
    <message>
        <source>OfficerDesk %1 is available</source>
        <translation>OfficerDesk %1 업데이트가 있습니다</translation>
    </message>
    <message>
        <source>Update:</source>
        <translation>업데이트:</translation>
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
        <source>Handover brief</source>
        <translation>업무 인수인계서</translation>
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
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Other emails</source>
        <translation>다른 이메일</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>e.g. work: +82 2 123 4567, cell: +82 10 1234 5678</source>
        <translation>예: work: +82 2 123 4567, cell: +82 10 1234 5678</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>생일</translation>
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
        <translation type="vanished">최근 회의</translation>
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
        <translation type="vanished">아직 회의가 없습니다</translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation>이번 주 회의</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>All %1 overdue requests</source>
        <translation>기한 경과 요청 %1건 모두 보기</translation>
    </message>
    <message>
        <source>All %1 overdue follow-ups</source>
        <translation>기한 경과 후속 조치 %1건 모두 보기</translation>
    </message>
    <message>
        <source>All open requests</source>
        <translation>진행 중 요청 모두 보기</translation>
    </message>
    <message>
        <source>All open follow-ups</source>
        <translation>미완료 후속 조치 모두 보기</translation>
    </message>
    <message>
        <source>No meetings ahead</source>
        <translation>예정된 회의가 없습니다</translation>
    </message>
    <message>
        <source>This week's meetings</source>
        <translation>이번 주 회의 보기</translation>
    </message>
    <message>
        <source>All upcoming meetings</source>
        <translation>예정된 회의 모두 보기</translation>
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
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>%n일 경과</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <source>OfficerDesk: deadlines</source>
        <translation>OfficerDesk: 기한 알림</translation>
    </message>
    <message>
        <source>%1 overdue, %2 due within three days</source>
        <translation>기한 지남 %1건, 사흘 안에 기한 %2건</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>외 %1건</translation>
    </message>
    <message>
        <source>Show deadlines</source>
        <translation>기한 보기</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>한 시간 뒤에 다시 알림</translation>
    </message>
    <message>
        <source>Turn reminders off</source>
        <translation>알림 끄기</translation>
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
        <source>OfficerDesk %1 is available</source>
        <translation>OfficerDesk %1 업데이트가 있습니다</translation>
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
        <translation type="vanished">“%1” 삭제됨</translation>
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
        <source>Discard…</source>
        <translation>버리기…</translation>
    </message>
    <message>
        <source>Discard unsaved changes</source>
        <translation>저장하지 않은 변경 버리기</translation>
    </message>
    <message>
        <source>Discard the unsaved changes to “%1”? They cannot be brought back.</source>
        <translation>“%1”의 저장하지 않은 변경을 버릴까요? 되살릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="vanished">버리기</translation>
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
    <name>Duplicates</name>
    <message>
        <source>same e-mail: %1</source>
        <translation>같은 이메일: %1</translation>
    </message>
    <message>
        <source>same phone: %1</source>
        <translation>같은 전화번호: %1</translation>
    </message>
    <message>
        <source>same name: %1</source>
        <translation>같은 이름: %1</translation>
    </message>
    <message>
        <source>pinyin</source>
        <translation>병음</translation>
    </message>
    <message>
        <source>Revised Romanisation</source>
        <translation>국어의 로마자 표기법</translation>
    </message>
    <message>
        <source>Japanese reading</source>
        <translation>일본어 읽기</translation>
    </message>
    <message>
        <source>Latin letters</source>
        <translation>로마자</translation>
    </message>
    <message>
        <source> and </source>
        <translation>, </translation>
    </message>
    <message>
        <source>same name in %1: %2</source>
        <translation>%1로 같은 이름: %2</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Cannot reach HQ at %1, so this laptop is not enrolled yet. Check the address and the network, then press Connect to HQ again.</source>
        <translation>%1의 본부 서버에 연결할 수 없어 이 노트북은 아직 등록되지 않았습니다. 주소와 네트워크를 확인한 뒤 '본부에 연결'을 다시 누르십시오.</translation>
    </message>
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
    <name>Export</name>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1(으)로 내보내는 중…</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export records</source>
        <translation>기록 내보내기</translation>
    </message>
    <message>
        <source>Only records of a period</source>
        <translation>기간의 기록만</translation>
    </message>
    <message>
        <source>By each record's own date: a meeting's day, a request's receipt, a follow-up's due date. Organizations and companies are all written.</source>
        <translation>기록마다 자기 날짜로 고릅니다: 회의일, 요청 접수일, 후속 조치 기한. 기관과 기업은 모두 내보냅니다.</translation>
    </message>
    <message>
        <source>Include restricted (대외비) records: the file is not encrypted</source>
        <translation>대외비 기록 포함: 파일은 암호화되지 않습니다</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>대외비</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>저장 위치</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 종류</translation>
    </message>
    <message>
        <source>Restricted records are written too.</source>
        <translation>대외비 기록도 함께 내보냅니다.</translation>
    </message>
    <message>
        <source>%1 restricted records will be left out.</source>
        <translation>대외비 기록 %1건은 내보내지 않습니다.</translation>
    </message>
    <message>
        <source>Folder for the contact cards</source>
        <translation>연락처 카드를 저장할 폴더</translation>
    </message>
    <message>
        <source>Choose where to save the export first.</source>
        <translation>먼저 저장 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>내보내기를 취소했습니다. 파일을 쓰지 않았습니다.</translation>
    </message>
    <message>
        <source>no records</source>
        <translation>기록 없음</translation>
    </message>
    <message>
        <source>Exported to %1: %2.</source>
        <translation>%1에 내보냈습니다: %2.</translation>
    </message>
    <message>
        <source>%1 restricted records were left out.</source>
        <translation>대외비 기록 %1건은 내보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>아무것도 내보내지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>공관</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>시간대</translation>
    </message>
    <message>
        <source>End</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>Merged text</source>
        <translation>병합한 내용</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Number of records</source>
        <translation>레코드 수</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>레코드 유형</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>정렬 순서</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by title or name…</source>
        <translation type="vanished">제목 또는 이름으로 찾기…</translation>
    </message>
    <message>
        <source>Saved views; the last line keeps this filter as a view of your own</source>
        <translation>저장된 보기. 마지막 줄은 지금의 필터를 내 보기로 저장합니다</translation>
    </message>
    <message>
        <source>Filter by any word, name or number…</source>
        <translation>단어·이름·번호로 거르기…</translation>
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
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>보기 저장…</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>보기 저장</translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation>보기 이름:</translation>
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
    <name>GuideDialog</name>
    <message>
        <source>OfficerDesk user guide</source>
        <translation>OfficerDesk 사용 안내</translation>
    </message>
</context>
<context>
    <name>HandoverCard</name>
    <message>
        <source>Handed over to you</source>
        <translation>인계받은 업무</translation>
    </message>
    <message>
        <source>Mark all seen</source>
        <translation>모두 확인함</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <source>Start a handover</source>
        <translation>업무 인수인계 시작</translation>
    </message>
    <message>
        <source>Departing officer</source>
        <translation>인계자</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>인수자</translation>
    </message>
    <message>
        <source>Devices stop on</source>
        <translation>기기 사용 종료일</translation>
    </message>
    <message>
        <source>Start handover</source>
        <translation>인수인계 시작</translation>
    </message>
    <message>
        <source>Open requests, open follow-ups and upcoming meetings of the departing officer go to the successor now.</source>
        <translation>인계자의 진행 중인 요청, 미완료 후속 조치, 예정된 회의가 지금 인수자에게 넘어갑니다.</translation>
    </message>
    <message>
        <source>Choose two different officers.</source>
        <translation>서로 다른 담당관 두 명을 선택하십시오.</translation>
    </message>
    <message>
        <source>HQ reassigned {0} requests, {1} follow-ups and {2} meetings; they arrive with the next sync. The departing officer's devices stop on {3}.</source>
        <translation>본부가 요청 {0}건, 후속 조치 {1}건, 회의 {2}건을 재배정했습니다. 다음 동기화 때 반영됩니다. 인계자의 기기는 {3}부터 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>Reassigned here: {0} requests, {1} follow-ups and {2} meetings; they reach HQ with the next sync. Devices are revoked only by HQ: start the handover again once connected.</source>
        <translation>이 노트북에서 요청 {0}건, 후속 조치 {1}건, 회의 {2}건을 재배정했습니다. 다음 동기화 때 본부에 전달됩니다. 기기 사용 중지는 본부만 할 수 있으니 연결되면 인수인계를 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>HQ could not be reached.</source>
        <translation>본부에 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>Sending the handover to HQ…</source>
        <translation>인수인계를 본부에 보내는 중…</translation>
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
    <message>
        <source>Reading %1…</source>
        <translation>%1 읽는 중…</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import records</source>
        <translation>기록 가져오기</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Choose a CSV, vCard, iCalendar or JSON Lines file</source>
        <translation>CSV, vCard, iCalendar 또는 JSON Lines 파일을 선택하세요</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>파일 선택…</translation>
    </message>
    <message>
        <source>Find it from the file</source>
        <translation>파일에서 자동 감지</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>인코딩</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>인코딩 지정</translation>
    </message>
    <message>
        <source>Contacts from Outlook, Google, Naver or Thunderbird (CSV or vCard), meetings from a calendar (iCalendar), or records exported by OfficerDesk.</source>
        <translation>Outlook, Google, 네이버, Thunderbird의 연락처(CSV 또는 vCard), 캘린더의 일정(iCalendar), OfficerDesk에서 내보낸 기록을 가져올 수 있습니다.</translation>
    </message>
    <message>
        <source>Columns of the file (change what a column is imported as):</source>
        <translation>파일의 열(각 열을 어느 항목으로 가져올지 바꿀 수 있습니다):</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>가져올 항목</translation>
    </message>
    <message>
        <source>Cancel leaves the profile as it was: nothing of the file is kept.</source>
        <translation>취소하면 프로필은 가져오기 전 그대로이며, 파일의 내용은 하나도 남지 않습니다.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>가져오기 취소</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Records (*.csv *.tsv *.vcf *.vcard *.ics *.ical *.jsonl *.ndjson *.json);;All files (*)</source>
        <translation>기록 (*.csv *.tsv *.vcf *.vcard *.ics *.ical *.jsonl *.ndjson *.json);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>이 파일은 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The first %1 records of the file. %2 of its records are already in the profile (the same id or UID): the import updates them with the file's values.</source>
        <translation>파일의 처음 %1건입니다. 파일 중 %2건은 이미 프로필에 있으며(같은 ID 또는 UID), 가져오면 파일의 값으로 갱신됩니다.</translation>
    </message>
    <message>
        <source>Not yet importable: %1</source>
        <translation>아직 가져올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 가져오는 중…</translation>
    </message>
    <message>
        <source>Imported %1 records.</source>
        <translation>%1건을 가져왔습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported: the file has a problem.</source>
        <translation>파일에 문제가 있어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>가져오기를 취소했습니다. 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Contacts (CSV)</source>
        <translation>연락처 (CSV)</translation>
    </message>
    <message>
        <source>Contacts (vCard)</source>
        <translation>연락처 (vCard)</translation>
    </message>
    <message>
        <source>Meetings (iCalendar)</source>
        <translation>회의 (iCalendar)</translation>
    </message>
    <message>
        <source>OfficerDesk records (JSON Lines)</source>
        <translation>OfficerDesk 기록 (JSON Lines)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>이름(성 제외)</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>성</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>중간 이름</translation>
    </message>
    <message>
        <source>Name in another script</source>
        <translation>다른 표기 이름</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>부서</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>전화</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>생일</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>웹 페이지</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>KeyMissingDialog</name>
    <message>
        <source>The database key is missing</source>
        <translation>데이터베이스 키가 없습니다</translation>
    </message>
    <message>
        <source>The database in %1 cannot be opened: its key is missing from the OS keyring (a reset keyring, a new user account or a copied profile). Nothing was changed. Backups are locked with the same key, so the key itself must come back.</source>
        <translation>%1의 데이터베이스를 열 수 없습니다. OS 키링에 키가 없습니다(키링 초기화, 새 사용자 계정 또는 복사한 프로필). 아무것도 변경하지 않았습니다. 백업도 같은 키로 잠겨 있으므로 키 자체를 되찾아야 합니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Recover through HQ</source>
        <translation>본부를 통해 복구</translation>
    </message>
    <message>
        <source>Ask HQ for a recovery code for this laptop (it is valid once, for a day). HQ gives the key back; edits not yet sent to HQ are kept.</source>
        <translation>본부에 이 노트북의 복구 코드를 요청하십시오(1회용, 하루 동안 유효). 본부가 키를 돌려주며 아직 본부에 보내지 않은 편집도 유지됩니다.</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>복구</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>복구 코드:</translation>
    </message>
    <message>
        <source>Recover from your recovery file</source>
        <translation>복구 파일로 복구</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Recovery file:</source>
        <translation>복구 파일:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호문:</translation>
    </message>
    <message>
        <source>Start again from HQ</source>
        <translation>본부에서 처음부터 다시 받기</translation>
    </message>
    <message>
        <source>Open OfficerDesk on a new profile folder (officerdesk --profile NEW_FOLDER), enrol it with a new code from HQ and pull the post's records. What you lose: edits not yet sent to HQ and anything kept only on this laptop. They stay in this locked file, which is kept as it is, until its key is recovered.</source>
        <translation>새 프로필 폴더로 OfficerDesk를 열고(officerdesk --profile 새_폴더) 본부의 새 코드로 등록한 뒤 공관 기록을 받으십시오. 잃는 것: 아직 본부에 보내지 않은 편집과 이 노트북에만 있는 데이터. 이들은 그대로 보존되는 이 잠긴 파일에 키를 복구할 때까지 남습니다.</translation>
    </message>
    <message>
        <source>Recovery file</source>
        <translation>복구 파일</translation>
    </message>
    <message>
        <source>Type the recovery code HQ gave you first.</source>
        <translation>먼저 본부에서 받은 복구 코드를 입력하십시오.</translation>
    </message>
    <message>
        <source>Asking HQ for the key… On a slow line this can take a minute.</source>
        <translation>본부에 키를 요청하는 중… 회선이 느리면 1분 정도 걸릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Choose the recovery file first.</source>
        <translation>먼저 복구 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>Opening the recovery file…</source>
        <translation>복구 파일을 여는 중…</translation>
    </message>
    <message>
        <source>Stopped waiting. If HQ answers after all, the key is kept and OfficerDesk opens; otherwise try again.</source>
        <translation>기다리기를 멈췄습니다. 본부가 뒤늦게 응답하면 키를 보관하고 OfficerDesk가 열립니다. 그렇지 않으면 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>HQ cannot be reached: %1</source>
        <translation>본부 서버에 연결할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>HQ did not give the key back: %1</source>
        <translation>본부에서 키를 돌려받지 못했습니다: %1</translation>
    </message>
    <message>
        <source>The recovery failed unexpectedly: %1</source>
        <translation>복구 중 예기치 않은 오류가 발생했습니다: %1</translation>
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
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>사이드바</translation>
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
        <source>Import…</source>
        <translation>가져오기…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Import records…</source>
        <translation type="vanished">레코드 가져오기…</translation>
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
        <source>User guide</source>
        <translation>사용 안내</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Export deadlines to calendar…</source>
        <translation>기한을 달력으로 내보내기…</translation>
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
        <source>Possible &amp;duplicate contacts…</source>
        <translation>중복 가능성이 있는 연락처(&amp;D)…</translation>
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
        <source>Start a &amp;handover…</source>
        <translation>업무 인수인계 시작(&amp;H)…</translation>
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
        <source>Nothing to undo</source>
        <translation>실행 취소할 작업이 없습니다</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>실행 취소: %1</translation>
    </message>
    <message>
        <source>Open a saved meeting or company request to brief it</source>
        <translation>보고서를 만들려면 저장된 회의나 기업 애로 요청을 여십시오</translation>
    </message>
    <message>
        <source>You have unsaved changes.</source>
        <translation>저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
    <message>
        <source>Quit without saving keeps them as a draft, offered next time.</source>
        <translation>저장하지 않고 종료하면 초안으로 보관되어 다음 실행 때 복구할 수 있습니다.</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>저장 후 종료</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>저장하지 않고 종료</translation>
    </message>
    <message>
        <source>Import records</source>
        <translation type="vanished">레코드 가져오기</translation>
    </message>
    <message>
        <source>Records (*.jsonl *.ndjson *.json *.csv *.vcf *.vcard *.ics)</source>
        <translation type="vanished">레코드 (*.jsonl *.ndjson *.json *.csv *.vcf *.vcard *.ics)</translation>
    </message>
    <message>
        <source>Imported %1 records</source>
        <translation>레코드 %1건을 가져왔습니다</translation>
    </message>
    <message>
        <source>You have unsaved changes. They are kept as a draft and offered next time. Quit now?</source>
        <translation type="vanished">저장하지 않은 변경 사항이 있습니다. 초안으로 보관되어 다음에 복구할 수 있습니다. 지금 종료하시겠습니까?</translation>
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
        <source>All day</source>
        <translation>종일</translation>
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
    <name>MergeDialog</name>
    <message>
        <source>Merge contacts</source>
        <translation>연락처 병합</translation>
    </message>
    <message>
        <source>Keep %1</source>
        <translation>%1 유지</translation>
    </message>
    <message>
        <source>Meetings and requests naming the other contact will name the one kept; the other goes to the Trash.</source>
        <translation>다른 연락처가 들어 있는 회의와 요청은 유지하는 연락처로 바뀌고, 다른 연락처는 휴지통으로 갑니다.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>병합</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>둘 다</translation>
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
    <message>
        <source>Trash</source>
        <translation>휴지통</translation>
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
        <source>Departing officer</source>
        <translation>인계자</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>인수자</translation>
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
        <source>Summary</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Key points</source>
        <translation>주요 내용</translation>
    </message>
    <message>
        <source>Actions and next steps</source>
        <translation>조치 사항 및 향후 계획</translation>
    </message>
    <message>
        <source>Requests to HQ</source>
        <translation>건의</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>다른 이름으로 저장…</translation>
    </message>
    <message>
        <source>Save as Word…</source>
        <translation>Word로 저장…</translation>
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
        <source>(not named)</source>
        <translation>(지정 안 함)</translation>
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
        <source>Save as Word</source>
        <translation>Word로 저장</translation>
    </message>
    <message>
        <source>Finalised as %1; it will be sent to HQ at the next sync.</source>
        <translation>%1(으)로 확정했습니다. 다음 동기화 때 본부로 보냅니다.</translation>
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
        <source>Some characters print as placeholders:</source>
        <translation>일부 문자는 자리표시로 인쇄됩니다:</translation>
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
        <translation type="vanished">확정했습니다. 다음 동기화 때 본부로 전송됩니다.</translation>
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
    <name>PossibleDuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>중복 가능성이 있는 연락처</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>점수</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>이유</translation>
    </message>
    <message>
        <source>No contacts look like the same person.</source>
        <translation>같은 사람으로 보이는 연락처가 없습니다.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>병합…</translation>
    </message>
    <message>
        <source>Contacts that may be one person: the same e-mail or phone, or the same name in another script. Merge only those you know are one.</source>
        <translation>같은 사람일 수 있는 연락처입니다(같은 이메일·전화번호, 또는 다른 문자로 쓴 같은 이름). 같은 사람임을 확인한 경우에만 병합하십시오.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
        <source>● Unsaved changes</source>
        <translation>● 저장하지 않은 변경</translation>
    </message>
    <message>
        <source>✓ Saved</source>
        <translation>✓ 저장됨</translation>
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
        <source>Delete “%1”? Undo (Ctrl+Z) or the Trash brings it back.</source>
        <translation>“%1”을(를) 삭제할까요? 실행 취소(Ctrl+Z)나 휴지통에서 되살릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete “%1”? You can undo this for a few seconds.</source>
        <translation type="vanished">“%1”을(를) 삭제하시겠습니까? 몇 초 동안은 실행 취소할 수 있습니다.</translation>
    </message>
    <message>
        <source>Discard this new record? It was never saved.</source>
        <translation>저장하지 않은 새 레코드를 버리시겠습니까?</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>달력에서 고르기</translation>
    </message>
    <message>
        <source>Not a date. Type it like %1.</source>
        <translation>날짜가 아닙니다. %1 형식으로 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>RecordList</name>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>오른쪽 클릭으로 표시할 열을 고릅니다</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in this view. Choose “All” to see every record.</source>
        <translation>이 보기에 해당하는 항목이 없습니다. 모든 항목을 보려면 “전체”를 고르십시오.</translation>
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
        <source>Create</source>
        <translation>새로 만들기</translation>
    </message>
    <message>
        <source>Everything found is already linked</source>
        <translation>찾은 항목이 모두 이미 연결되어 있습니다</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치하는 항목이 없습니다</translation>
    </message>
    <message>
        <source>Create “%1”</source>
        <translation>“%1” 새로 만들기</translation>
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
    <name>ReminderNotice</name>
    <message>
        <source>Show deadlines</source>
        <translation>기한 보기</translation>
    </message>
    <message>
        <source>Snooze for an hour</source>
        <translation>한 시간 뒤에 다시 알림</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>Upcoming meetings</source>
        <translation>예정된 회의</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>진행 중 요청</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>미완료 후속 조치</translation>
    </message>
    <message>
        <source>My open requests</source>
        <translation>내 진행 중 요청</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>기한 경과</translation>
    </message>
    <message>
        <source>This week's meetings</source>
        <translation>이번 주 회의</translation>
    </message>
</context>
<context>
    <name>SearchEverywhere</name>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>진행 중</translation>
    </message>
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
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>Search failed</source>
        <translation>검색하지 못했습니다</translation>
    </message>
    <message>
        <source>More… (%1 not shown)</source>
        <translation>더 보기… (%1건 더)</translation>
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
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Briefs</source>
        <translation>보고서</translation>
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
        <source>Remind me of overdue and due-soon follow-ups and requests</source>
        <translation>기한이 지났거나 곧 다가오는 후속 조치와 요청을 알림</translation>
    </message>
    <message>
        <source>Reminders:</source>
        <translation>알림:</translation>
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
        <source>Backups are encrypted with this profile's key and checked after writing. OfficerDesk also makes one every day and before every upgrade.</source>
        <translation>백업은 이 프로필의 키로 암호화되고 작성 후 검증됩니다. OfficerDesk는 매일 그리고 업그레이드 전마다 백업을 만듭니다.</translation>
    </message>
    <message>
        <source>Backups folder:</source>
        <translation>백업 폴더:</translation>
    </message>
    <message>
        <source>A recovery file holds this profile's database key, locked with a passphrase you choose. If the OS keyring loses the key, the file and its passphrase open the database and its backups again. Keep the file offline, apart from the laptop, and the passphrase apart from the file.</source>
        <translation>복구 파일에는 직접 정한 암호문으로 잠근 이 프로필의 데이터베이스 키가 들어 있습니다. OS 키링이 키를 잃으면 이 파일과 암호문으로 데이터베이스와 백업을 다시 열 수 있습니다. 파일은 노트북과 떨어진 오프라인 장소에, 암호문은 파일과 따로 보관하십시오.</translation>
    </message>
    <message>
        <source>Export recovery file…</source>
        <translation>복구 파일 내보내기…</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호문:</translation>
    </message>
    <message>
        <source>Passphrase again:</source>
        <translation>암호문 확인:</translation>
    </message>
    <message>
        <source>Page 1 of every brief names its recipient and sender the way HQ's reports do.</source>
        <translation>보고서 첫 쪽에는 본부 보고서와 같이 수신과 발신이 적힙니다.</translation>
    </message>
    <message>
        <source>e.g. 산업재산보호협력국장</source>
        <translation>예: 산업재산보호협력국장</translation>
    </message>
    <message>
        <source>e.g. 특허관</source>
        <translation>예: 특허관</translation>
    </message>
    <message>
        <source>Recipient (수신):</source>
        <translation>수신:</translation>
    </message>
    <message>
        <source>Title (직위):</source>
        <translation>직위:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>연락처:</translation>
    </message>
    <message>
        <source>Export recovery file</source>
        <translation>복구 파일 내보내기</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호문이 다릅니다.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>암호문은 %1자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Recovery file written: %1</source>
        <translation>복구 파일을 저장했습니다: %1</translation>
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
    <message>
        <source>Writing the recovery file…</source>
        <translation>복구 파일을 쓰는 중…</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
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
    <name>TrashView</name>
    <message>
        <source>Recently deleted</source>
        <translation>최근 삭제한 항목</translation>
    </message>
    <message>
        <source>Deleted records stay here and can be brought back; a restore syncs like any edit.</source>
        <translation>삭제한 레코드는 여기에 남아 되살릴 수 있으며, 복원은 다른 수정처럼 동기화됩니다.</translation>
    </message>
    <message>
        <source>Filter by title or name…</source>
        <translation>제목이나 이름으로 거르기…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>삭제 시각</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deleted record(s)</source>
        <translation>
            <numerusform>삭제한 레코드 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing deleted.</source>
        <translation>삭제한 레코드가 없습니다.</translation>
    </message>
    <message>
        <source>Restored “%1”</source>
        <translation>“%1” 복원됨</translation>
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
    <name>Undo</name>
    <message>
        <source>Deleted “%1”</source>
        <translation>“%1” 삭제됨</translation>
    </message>
    <message>
        <source>Saved “%1”</source>
        <translation>“%1” 저장됨</translation>
    </message>
</context>
<context>
    <name>UndoStrip</name>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>실행 취소 (Ctrl+Z)</translation>
    </message>
</context>
</TS>
