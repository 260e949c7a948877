"""Sentence fragments for demo records, in the voice of real meeting notes and case files.

Slots: {org} {org_en} {company} {company_en} {product} {product_en} {platform} {contact} {pos}
{n} {m} {month} {court} {sector}. Korean notes end in the usual '~함/~임' style.
"""

from __future__ import annotations

Pair = tuple[str, str]  # (Korean, English)

TOPICS: dict[str, list[Pair]] = {
    "ip_office": [
        ("심사 지연 현황과 개선 계획", "examination backlog and pendency targets"),
        ("특허심사하이웨이(PPH) 활용 확대", "wider use of the Patent Prosecution Highway"),
        ("AI 관련 발명의 발명자 요건", "inventorship of AI-assisted inventions"),
        ("악의적 상표 출원 대응", "action against bad-faith trademark filings"),
        ("우선심사 제도 운영", "accelerated examination programmes"),
        ("디자인 보호 제도 개정", "design protection reform"),
        ("심사관 교류 프로그램", "examiner exchange programme"),
        ("전자 출원 시스템 개편", "the new e-filing system"),
    ],
    "customs": [
        ("지재권 세관 등록 절차", "recordation of IP rights with customs"),
        ("위조 화장품 통관 보류", "detention of counterfeit cosmetics"),
        ("침해물품 식별 가이드 제공", "product identification guides"),
        ("소량 우편·특송 화물 단속", "small parcels and express shipments"),
        ("침해물품 폐기 절차", "destruction of infringing goods"),
    ],
    "court": [
        ("특허 침해 소송 절차", "patent infringement procedure"),
        ("손해배상액 산정 기준", "calculation of damages"),
        ("가처분·금지명령 요건", "preliminary injunctions"),
        ("증거 보전과 증거 개시", "evidence preservation and discovery"),
    ],
    "ministry": [
        ("수출통제와 기술 보호", "export controls and technology protection"),
        ("디지털 시장 규제 동향", "digital market regulation"),
        ("양자 지식재산 협력 MOU 이행", "implementation of the bilateral IP cooperation MOU"),
        ("통상 협정의 지재권 조항", "IP chapters of trade agreements"),
    ],
    "company": [
        ("현지 진출 기업 애로 청취", "difficulties of Korean companies operating locally"),
        ("분쟁 대응 전략 자문", "dispute strategy"),
        ("온라인 위조상품 대응", "online counterfeits"),
        ("현지 대리인 선임", "choosing local counsel"),
    ],
    "association": [
        ("회원사 지재권 애로 공유", "members' IP difficulties"),
        ("공동 설명회 개최", "a joint briefing session"),
        ("지재권 보호 실무 가이드 발간", "a practical IP protection guide"),
    ],
    "academia": [
        ("AI와 저작권 쟁점", "AI and copyright"),
        ("표준필수특허(SEP) 라이선스 연구", "standard-essential patent licensing research"),
        ("공동 연구 및 세미나", "joint research and seminars"),
    ],
    "international_org": [
        ("국제 조약 협상 동향", "treaty negotiations"),
        ("개도국 지재권 역량 강화 사업", "capacity-building projects"),
        ("PCT·마드리드 제도 운영", "PCT and Madrid system operations"),
        ("유전자원·전통지식 논의", "genetic resources and traditional knowledge"),
    ],
    "hq_conference": [
        ("해외 특허관 정례 보고", "regular report of IP attachés"),
        ("분기 활동 실적 점검", "quarterly activity review"),
        ("현안 기업 지원 사례 공유", "company support cases"),
    ],
}

NOTE_OPENERS: list[Pair] = [
    ("{org} 관계자와 {topic}에 관해 의견을 교환함.", "Exchanged views with {org_en} on {topic_en}."),
    ("{contact} {pos} 등 {n}명이 참석함. {topic} 관련 최근 동향을 청취함.", "{contact} ({pos}) and {n} colleagues attended; heard recent developments on {topic_en}."),
    ("{org} 측 요청으로 {topic} 관련 실무 협의를 진행함.", "Working-level talks on {topic_en}, at {org_en}'s request."),
    ("{month}월 정례 협의. 주요 의제는 {topic}임.", "Regular {month_en} meeting; main item: {topic_en}."),
]
NOTE_THEIRS: list[Pair] = [
    ("{org}은(는) 관련 지침을 연내 개정할 예정이라고 설명함.", "{org_en} plans to revise its guidance before the end of the year."),
    ("상대측은 최근 {n}개월간 관련 사건이 약 {pct}% 증가했다고 언급함.", "They noted cases rose about {pct}% over the last {n} months."),
    ("상대측은 구체적 사례와 증빙 자료를 제출하면 검토하겠다고 답변함.", "They will look into it if we send concrete cases and evidence."),
    ("{contact} {pos}은(는) 한국 측 의견을 공식 의견수렴 절차에 제출해 줄 것을 요청함.", "{contact} asked us to file our comments in the public consultation."),
    ("담당 부서 인력 부족으로 처리 기간이 길어지고 있다고 설명함.", "Staff shortages are lengthening processing times, they said."),
    ("온라인 플랫폼과의 협력 강화를 추진 중이라고 함.", "They are stepping up cooperation with online platforms."),
]
NOTE_OURS: list[Pair] = [
    ("{company}의 {product} 관련 애로 사례를 전달하고 협조를 요청함.", "Raised {company_en}'s difficulty with {product_en} and asked for help."),
    ("한국 기업들의 {category} 피해가 늘고 있다는 점을 강조함.", "Stressed that Korean companies increasingly suffer from {category_en}."),
    ("본부의 정책 방향과 양국 협력 성과를 소개함.", "Presented HQ's policy priorities and the results of bilateral cooperation."),
    ("{platform} 등 온라인 플랫폼의 신고 처리 지연 문제를 제기함.", "Raised slow takedowns on platforms such as {platform}."),
    ("현지 진출 기업 대상 설명회 공동 개최를 제안함.", "Proposed a joint briefing for Korean companies here."),
]
# Notes of a meeting with companies or with HQ, where nobody from a local authority is present.
NOTE_COMPANY: list[Pair] = [
    ("{company} 등 {sector} 업계 관계자 {n}명이 참석함.", "{n} people from {company_en} and other {sector_en} companies attended."),
    ("{company}은(는) {platform}에서 위조 {product} 유통이 늘고 있다고 호소함.", "{company_en} reports more counterfeit {product_en} on {platform}."),
    ("참석 기업들은 현지 소송 비용과 대리인 선임에 어려움을 겪고 있다고 언급함.", "Companies mentioned the cost of local litigation and finding counsel."),
    ("{company}의 {product} 관련 특허 분쟁 진행 상황을 청취함.", "Heard where {company_en}'s {product_en} patent dispute stands."),
    ("플랫폼 신고 절차와 증거 확보 방법을 안내함.", "Explained platform takedown procedures and how to secure evidence."),
]
NOTE_HQ: list[Pair] = [
    ("{topic}에 관해 본부에 보고함.", "Reported to HQ on {topic_en}."),
    ("본부는 현지 정책 당국과의 소통 강화를 당부함.", "HQ asked us to keep close contact with the local authorities."),
    ("{sector} 업계 지원 사례와 향후 계획을 공유함.", "Shared support cases for the {sector_en} sector and next steps."),
    ("타 공관과 공통 현안인 {category} 대응 방안을 논의함.", "Discussed {category_en}, an issue shared with other posts."),
]
NOTE_CLOSERS: list[Pair] = [
    ("차기 회의는 {month2}월 중 개최하기로 잠정 합의함.", "Agreed to meet again in {month2_en}."),
    ("실무선에서 후속 협의를 이어가기로 함.", "Follow-up at working level."),
    ("협의 결과는 본부에 보고 예정.", "Results to be reported to HQ."),
    ("전반적으로 우호적인 분위기에서 진행됨.", "The meeting was cordial and constructive."),
]
DECISIONS: list[Pair] = [
    ("분기별 실무 협의 정례화", "Hold working-level talks every quarter"),
    ("침해물품 식별 가이드 {n}종 송부", "Send identification guides for {n} brands"),
    ("악의적 출원 사례 목록 공유", "Share the list of bad-faith filings"),
    ("협의 결과 본부 보고", "Report the outcome to HQ"),
    ("공동 설명회 {month2}월 개최 추진", "Plan a joint briefing in {month2_en}"),
    ("현지 대리인 추천 명단 제공", "Provide a list of local counsel"),
    ("의견서 초안 작성 후 {org}에 제출", "Draft written comments for {org_en}"),
    ("관련 통계 교환", "Exchange statistics"),
    ("{company}에 결과 안내", "Inform {company_en} of the outcome"),
]

REQUEST_TITLES: dict[str, list[Pair]] = {
    "patent_dispute": [("{company} 특허 침해 소송 대응 지원", "{company_en}: patent infringement suit"),
                       ("{company} {product} 특허 경고장 대응", "{company_en}: cease-and-desist letter on {product_en}"),
                       ("{company} 무효심판 전략 자문", "{company_en}: invalidity strategy")],
    "trademark_squatting": [("{company} 상표 무단선점", "{company_en} trademark squatted"),
                            ("{company} 브랜드 악의적 선출원 이의신청", "{company_en}: opposition to a bad-faith filing")],
    "counterfeit": [("{platform} {company} 위조상품 신고", "Counterfeit {product_en} on {platform}"),
                    ("{company} 위조 {product} 유통 대응", "{company_en}: counterfeit {product_en} in circulation")],
    "customs": [("{company} 세관 지재권 등록 지원", "{company_en}: customs recordation"),
                ("{company} {product} 통관 보류 건", "{company_en}: {product_en} detained by customs")],
    "trade_secret": [("{company} 영업비밀 유출 상담", "{company_en}: trade secret leak"),
                     ("{company} 퇴직자 기술 유출 대응", "{company_en}: know-how taken by a former employee")],
    "examination": [("{company} 심사 지연 애로", "{company_en}: slow examination"),
                    ("{company} 우선심사 신청 문의", "{company_en}: accelerated examination")],
    "legal_advice": [("{company} 라이선스 계약 자문", "{company_en} licensing inquiry"),
                     ("{company} 현지 지재권 소송 비용 문의", "{company_en}: litigation cost question")],
    "policy_info": [("{company} 현지 제도 변경 문의", "{company_en}: change in local rules"),
                    ("{sector} 업계 현지 규제 정보 요청", "{Sector_en} sector: regulatory update requested")],
    "other": [("{company} 현지 기관 면담 주선 요청", "{company_en}: meeting with a local authority requested")],
}
REQUEST_FACTS: dict[str, list[Pair]] = {
    "patent_dispute": [("{company}은(는) 현지 경쟁사로부터 {product} 특허 침해로 {court}에 제소됨.", "{company_en} was sued over {product_en} before {court}."),
                       ("상대방은 {product} 관련 특허 {n}건의 침해를 주장하며 경고장을 발송함.", "The other side alleges infringement of {n} patents on {product_en}.")],
    "trademark_squatting": [("현지 브로커가 {company}의 상표를 무단으로 선점하여 출원함.", "A local broker filed {company_en}'s mark first."),
                            ("선출원인은 {n}개 류에 걸쳐 유사 상표를 출원하고 양도 대가를 요구함.", "The squatter filed in {n} classes and asks for money to assign the marks.")],
    "counterfeit": [("{platform}에서 {company} {product} 위조품을 판매하는 판매자 {m}곳을 확인함.", "Found {m} sellers of counterfeit {product_en} on {platform}."),
                    ("위조품은 정품보다 {n}0% 이상 저렴하게 판매되고 있음.", "Fakes sell at {n}0% below the genuine price.")],
    "customs": [("세관에서 {company} 상표가 부착된 {product} {m}상자의 통관을 보류함.", "Customs detained {m} cartons of {product_en} bearing {company_en}'s mark."),
                ("세관 지재권 등록이 되어 있지 않아 단속이 어려운 상황임.", "Without recordation, customs cannot act.")],
    "trade_secret": [("퇴사한 현지 직원이 {product} 공정 자료를 경쟁사로 반출한 정황이 있음.", "A former local employee appears to have taken {product_en} process files to a competitor."),
                     ("내부 서버 접근 기록상 {n}GB 분량의 자료가 외부로 전송됨.", "Server logs show {n} GB sent outside.")],
    "examination": [("{product} 관련 출원의 심사가 {m}개월 이상 지연됨.", "Examination of the {product_en} application has taken over {m} months."),
                    ("의견제출통지에 대한 보정 방향을 놓고 현지 대리인과 이견이 있음.", "The company and local counsel disagree on how to answer the office action.")],
    "legal_advice": [("{company}은(는) 표준필수특허 라이선스 조건의 적정성을 문의함.", "{company_en} asks whether SEP licence terms are fair."),
                     ("현지 소송 비용과 기간에 대한 개략적 정보를 요청함.", "They want a rough idea of local litigation costs and duration.")],
    "policy_info": [("최근 개정된 {country} 지식재산 제도가 {sector} 업계에 미칠 영향을 문의함.", "Asks how recent IP rule changes in {country_en} affect the {sector_en} sector.")],
    "other": [("{company}은(는) 현지 당국 담당자와의 면담 주선을 요청함.", "{company_en} asks for an introduction to the responsible official.")],
}
REQUEST_ASKS: list[Pair] = [
    ("현지 대리인 선임과 대응 전략에 대한 자문을 요청함.", "They ask for advice on counsel and strategy."),
    ("{deadline}까지 대응 방안을 마련해야 하는 상황임.", "A response is due by {deadline}."),
    ("관계 기관에 사실관계 확인을 요청해 줄 것을 희망함.", "They would like us to ask the authorities to confirm the facts."),
    ("유사 사례와 판례 정보를 요청함.", "They ask for similar cases and precedents."),
    ("본부 차원의 지원 가능 여부를 문의함.", "They ask whether HQ can support them."),
]
# How a resolved request ended, by category.
RESOLVED: dict[str, list[Pair]] = {
    "patent_dispute": [("현지 대리인을 통해 대응하여 라이선스 계약으로 합의함.", "Settled with a licence through local counsel."),
                       ("무효심판 청구 후 상대방이 소를 취하함.", "The suit was withdrawn after an invalidity action was filed.")],
    "trademark_squatting": [("이의신청이 받아들여져 선출원 상표가 무효화됨.", "The opposition succeeded; the squatted mark was invalidated."),
                            ("악의적 출원으로 인정되어 직권 거절됨.", "Refused ex officio as a bad-faith filing.")],
    "counterfeit": [("관계 기관 협조로 침해 게시물 {m}건이 삭제됨.", "{m} listings removed with the authority's help."),
                    ("플랫폼 권리자 보호 프로그램 등록 후 판매자 계정이 정지됨.", "Seller accounts suspended after joining the platform's brand programme.")],
    "customs": [("세관 지재권 등록 완료, 보류 물품은 폐기됨.", "Recordation done; the detained goods were destroyed."),
                ("권리자 확인서를 제출하여 침해물품 {m}상자가 몰수됨.", "{m} cartons forfeited after the right holder's statement.")],
    "trade_secret": [("현지 수사기관에 고소장을 제출하고 가처분 결정을 받음.", "A criminal complaint was filed and an injunction granted."),
                     ("전 직원과 비밀유지 합의로 마무리됨.", "Closed with a confidentiality settlement with the former employee.")],
    "examination": [("우선심사 안내 후 등록 결정을 받음.", "Granted after accelerated examination."),
                    ("PPH 신청으로 심사가 재개되어 특허 등록됨.", "Examination resumed under the PPH; the patent was granted.")],
}
RESOLVED_DEFAULT: list[Pair] = [("자문 결과와 관련 자료를 기업에 안내함.", "Advice and materials sent to the company.")]
OUTCOMES: dict[str, list[Pair]] = {
    "closed": [("기업에 최종 결과를 안내하고 종결함.", "Final result sent to the company; closed.")],
    "rejected": [("지원 대상이 아닌 사안으로 반려함.", "Outside our remit; declined.")],
    "duplicate": [("기존 접수 건과 동일하여 병합 처리함.", "Same as an earlier request; merged.")],
}
COURTS = {"us": ["the ITC", "the Eastern District of Texas", "the Central District of California", "the PTAB"],
          "cn": ["北京知识产权法院", "上海知识产权法院", "深圳中级人民法院"], "jp": ["東京地方裁判所", "知的財産高等裁判所"],
          "eu": ["the UPC Munich local division", "the UPC Paris local division", "Landgericht Düsseldorf"],
          "gva": ["the Swiss Federal Patent Court"], "ko": ["특허법원"]}

FOLLOW_UPS: list[Pair] = [
    ("{org}에 식별 가이드 송부", "Send identification guides to {org_en}"),
    ("회의 결과 본부 보고서 작성", "Write the meeting report for HQ"),
    ("{company}에 조치 결과 안내", "Tell {company_en} the outcome"),
    ("{contact} {pos}에게 감사 서한 발송", "Thank-you letter to {contact}"),
    ("관련 통계 자료 취합", "Collect the statistics"),
    ("현지 대리인 명단 업데이트", "Update the list of local counsel"),
    ("차기 회의 일정 조율", "Set the date of the next meeting"),
    ("의견서 번역본 준비", "Prepare a translation of the comments"),
]

TREND_EXTRA: list[Pair] = [
    ("관련 업계 의견수렴이 {month}월까지 진행됨.", "Public consultation runs until {month_en}."),
    ("현지 언론은 {sector} 업계에 미칠 영향이 클 것으로 전망함.", "Local press expects a strong effect on the {sector_en} sector."),
    ("세부 시행 규칙은 {month2}월 중 공포될 예정임.", "Implementing rules are expected in {month2_en}."),
    ("{org} 관계자는 추가 지침을 검토 중이라고 언급함.", "An official at {org_en} said further guidance is under review."),
    ("업계는 시행 시기 유예를 요청하고 있음.", "Industry is asking for a later start date."),
]

# Trend themes: (topic, comma-separated country codes, "*" for all, title ko/en, summary ko/en, implications ko/en, source)
TRENDS: list[tuple[str, str, Pair, Pair, Pair, str]] = [
    ("미중 기술 분쟁", "US", ("미국 수출통제 확대와 {sector} 특허 동향", "US export controls and {sector_en} patents"),
     ("미국 상무부 산업안보국은 첨단 반도체와 장비에 대한 수출통제 대상을 확대함. 중국 기업의 관련 특허 출원은 {pct}% 증가함.", "BIS widened export controls on advanced chips and tools; Chinese filings in the field rose {pct}%."),
     ("{sector} 기업은 미국과 중국 양국의 특허 포트폴리오와 공급망 리스크를 함께 점검할 필요가 있음.", "{Sector_en} companies should review patent portfolios and supply-chain exposure in both countries."),
     "Federal Register"),
    ("AI 발명", "US", ("USPTO AI 관련 발명 발명자 가이드라인", "USPTO guidance on AI-assisted inventorship"),
     ("USPTO는 AI를 활용한 발명에서 자연인의 '상당한 기여'가 있어야 발명자로 인정된다는 지침을 운용 중임.", "USPTO guidance requires a significant contribution by a natural person for inventorship."),
     ("AI를 활용하는 한국 기업은 연구 기록에 사람의 기여를 문서화해야 함.", "Korean firms using AI should document human contributions in lab records."),
     "USPTO"),
    ("RCEP", "CN,JP", ("RCEP 지식재산 조항 이행 현황", "RCEP IP chapter implementation"),
     ("RCEP 발효 이후 회원국들이 상표·저작권 집행 규정과 심사 절차를 정비하고 있음.", "Since RCEP entered into force, members are updating trademark and copyright enforcement rules."),
     ("RCEP 역내 진출 기업은 국가별 상표 등록 전략을 재검토해야 함.", "Companies in the RCEP area should revisit their trademark filing plans."),
     "RCEP Secretariat"),
    ("반소송금지명령", "CN", ("중국 법원의 반소송금지명령(ASI)과 SEP 분쟁", "Chinese anti-suit injunctions in SEP disputes"),
     ("중국 법원이 표준필수특허 분쟁에서 해외 소송을 제한하는 명령을 내린 사례가 이어져 WTO 분쟁으로 번짐.", "Chinese courts' anti-suit injunctions in SEP cases led to a WTO dispute brought by the EU."),
     ("SEP를 보유하거나 실시하는 한국 기업은 관할 선택과 소송 전략을 다시 짜야 함.", "Korean SEP holders and implementers need to rethink forum choice."),
     "WTO"),
    ("상표 무단선점", "CN", ("国家知识产权局 악의적 상표 출원 단속 강화", "CNIPA crackdown on bad-faith trademark filings"),
     ("国家知识产权局은 사용 의사 없는 대량 출원을 직권으로 거절하고 대리기관 제재를 확대함.", "CNIPA refuses bulk filings without intent to use and sanctions agencies."),
     ("중국 진출 예정 기업은 진출 전 상표를 먼저 출원하고 모니터링해야 함.", "Firms planning to enter China should file first and watch the register."),
     "国家知识产权局 公告"),
    ("디지털 전환", "JP", ("일본 특허청 디지털 전환 추진", "JPO digital transformation"),
     ("特許庁は出願手続のデジタル化を進めている. 전자 출원 비율이 99%에 이름.", "JPO is digitising procedures; e-filing is near 99%."),
     ("한국 출원인은 전자 송달 설정과 대리인 위임 방식을 확인할 필요가 있음.", "Korean applicants should check e-service and power-of-attorney settings."),
     "特許庁 報道発表"),
    ("영업비밀", "JP", ("일본 부정경쟁방지법 개정과 데이터 보호", "Japan's Unfair Competition Prevention Act and data"),
     ("일본은 한정제공데이터 보호를 강화하고 영업비밀 침해 소송에서 입증 부담을 완화함.", "Japan strengthened protection of shared data and eased proof in trade secret suits."),
     ("일본 내 R&D 거점을 둔 기업은 데이터 접근 통제와 계약을 점검해야 함.", "Firms with R&D in Japan should review data access controls and contracts."),
     "経済産業省"),
    ("디지털 시장", "EU", ("EU 디지털시장법(DMA)과 데이터 접근", "EU Digital Markets Act and data access"),
     ("DMA는 게이트키퍼에 데이터 공유 의무를 부과하고, 데이터법은 연결 제품 데이터 접근권을 추가함.", "The DMA obliges gatekeepers to share data; the Data Act adds access rights for connected products."),
     ("한국 기기 제조사는 데이터 공유 조건을 준비하고 영업비밀 보호 장치를 마련해야 함.", "Korean device makers must prepare data-sharing terms and protect trade secrets."),
     "EUR-Lex"),
    ("통합특허법원", "EU", ("유럽 통합특허법원(UPC) 운영 현황", "The Unified Patent Court in practice"),
     ("UPC 출범 이후 소송 건수가 꾸준히 늘고 있으며 뮌헨·뒤셀도르프 지방부에 사건이 집중됨.", "UPC caseload keeps growing, concentrated in the Munich and Düsseldorf local divisions."),
     ("유럽 진출 기업은 옵트아웃 여부와 단일 소송 리스크를 검토해야 함.", "Firms in Europe should weigh opt-out against single-court litigation risk."),
     "UPC"),
    ("SEP", "EU", ("EU 표준필수특허 규정 논의 동향", "EU debate on standard-essential patents"),
     ("EU는 SEP 등록·FRAND 조정 절차를 둘러싼 논의를 이어가고 있으며 업계 의견이 엇갈림.", "The EU debate on SEP registration and FRAND conciliation continues, with industry divided."),
     ("통신·모빌리티 기업은 라이선스 협상 전략을 재점검할 필요가 있음.", "Telecom and mobility firms should revisit licensing strategy."),
     "European Commission"),
    ("국제 조약", "INT", ("WIPO 유전자원·전통지식 조약 후속 논의", "WIPO treaty on genetic resources: next steps"),
     ("WIPO는 특허 출원 시 유전자원 출처 공개 의무를 담은 조약의 이행 논의를 진행 중임.", "WIPO members are discussing implementation of the treaty on disclosure of genetic resources."),
     ("바이오·화장품·식품 기업은 출원 시 유전자원 출처 기록 관리 체계를 갖춰야 함.", "Biotech, cosmetics and food firms need records of where their genetic resources come from."),
     "WIPO"),
    ("디자인", "INT", ("리야드 디자인법 조약 채택 이후 동향", "After the Riyadh Design Law Treaty"),
     ("디자인 출원 절차의 간소화·표준화를 위한 조약 채택 이후 회원국 비준 논의가 진행됨.", "Ratification talks follow the treaty simplifying design filing formalities."),
     ("해외 디자인 출원이 많은 기업은 절차 간소화에 따른 비용 절감을 기대할 수 있음.", "Frequent design filers can expect lower costs."),
     "WIPO"),
]
