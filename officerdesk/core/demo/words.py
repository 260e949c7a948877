"""Names for demo data: organisations, people and companies of each post, in their own scripts.

Organisations are real public bodies (names only, no claims about them); people and companies
are invented. Each entry is (local name, English, Korean, kind, website host).
"""

from __future__ import annotations

Org = tuple[str, str, str, str, str]

# Which naming world a post lives in.
LOCALE = {"WAS": "us", "LAX": "us", "BJS": "cn", "TYO": "jp", "BRU": "eu", "GVA": "gva", "HQ": "ko"}

COUNTRY = {"us": "United States", "cn": "China", "jp": "Japan", "eu": "European Union", "gva": "Switzerland", "ko": "Korea"}
COUNTRY_CODE = {"us": "US", "cn": "CN", "jp": "JP", "eu": "EU", "gva": "INT", "ko": "KR"}

ORGS: dict[str, list[Org]] = {
    "WAS": [
        ("United States Patent and Trademark Office", "USPTO", "미국 특허상표청", "ip_office", "uspto.gov"),
        ("U.S. Customs and Border Protection", "CBP", "미국 관세국경보호청", "customs", "cbp.gov"),
        ("Office of the United States Trade Representative", "USTR", "미국 무역대표부", "ministry", "ustr.gov"),
        ("U.S. Copyright Office", "U.S. Copyright Office", "미국 저작권청", "ip_office", "copyright.gov"),
        ("Bureau of Industry and Security", "BIS, Department of Commerce", "미국 상무부 산업안보국", "ministry", "bis.gov"),
        ("U.S. International Trade Commission", "USITC", "미국 국제무역위원회", "court", "usitc.gov"),
        ("National IPR Coordination Center", "IPR Center", "미국 지식재산권 조정센터", "customs", "iprcenter.gov"),
        ("U.S. Court of Appeals for the Federal Circuit", "CAFC", "미국 연방순회항소법원", "court", "cafc.uscourts.gov"),
        ("American Intellectual Property Law Association", "AIPLA", "미국지식재산권법협회", "association", "aipla.org"),
        ("George Washington University Law School", "GW Law", "조지워싱턴대 로스쿨", "academia", "law.gwu.edu"),
        ("KOTRA 워싱턴DC 무역관", "KOTRA Washington D.C.", "KOTRA 워싱턴DC 무역관", "association", "kotra.or.kr"),
    ],
    "LAX": [
        ("USPTO West Coast Regional Office", "USPTO West Coast Regional Office", "미국 특허상표청 서부지역사무소", "ip_office", "uspto.gov"),
        ("CBP Port of Los Angeles/Long Beach", "CBP LA/Long Beach Seaport", "미국 관세국경보호청 LA·롱비치항", "customs", "cbp.gov"),
        ("U.S. District Court for the Central District of California", "C.D. Cal.", "캘리포니아 중부 연방지방법원", "court", "cacd.uscourts.gov"),
        ("Homeland Security Investigations Los Angeles", "HSI Los Angeles", "국토안보수사국 LA 지부", "customs", "ice.gov"),
        ("Los Angeles Intellectual Property Law Association", "LAIPLA", "LA 지식재산권법협회", "association", "laipla.net"),
        ("UCLA School of Law", "UCLA Law", "UCLA 로스쿨", "academia", "law.ucla.edu"),
        ("Korean American Chamber of Commerce of Los Angeles", "KACCLA", "LA 한인상공회의소", "association", "kaccla.org"),
        ("KOTRA 로스앤젤레스 무역관", "KOTRA Los Angeles", "KOTRA 로스앤젤레스 무역관", "association", "kotra.or.kr"),
    ],
    "BJS": [
        ("国家知识产权局", "China National Intellectual Property Administration (CNIPA)", "중국 국가지식산권국", "ip_office", "cnipa.gov.cn"),
        ("海关总署", "General Administration of Customs", "중국 해관총서", "customs", "customs.gov.cn"),
        ("国家市场监督管理总局", "State Administration for Market Regulation (SAMR)", "중국 국가시장감독관리총국", "ministry", "samr.gov.cn"),
        ("商务部", "Ministry of Commerce (MOFCOM)", "중국 상무부", "ministry", "mofcom.gov.cn"),
        ("最高人民法院知识产权法庭", "IP Tribunal of the Supreme People's Court", "최고인민법원 지식재산법정", "court", "court.gov.cn"),
        ("北京知识产权法院", "Beijing Intellectual Property Court", "베이징 지식재산법원", "court", "bjzcfy.gov.cn"),
        ("上海海关", "Shanghai Customs", "상하이 해관", "customs", "shanghai.customs.gov.cn"),
        ("中国国际贸易促进委员会", "China Council for the Promotion of International Trade (CCPIT)", "중국국제무역촉진위원회", "association", "ccpit.org"),
        ("中华商标协会", "China Trademark Association", "중화상표협회", "association", "cta.org.cn"),
        ("清华大学法学院", "Tsinghua University School of Law", "칭화대 법학원", "academia", "law.tsinghua.edu.cn"),
        ("中国韩国商会", "Korea Chamber of Commerce in China", "중국한국상회", "association", "korcham.net"),
    ],
    "TYO": [
        ("特許庁", "Japan Patent Office (JPO)", "일본 특허청", "ip_office", "jpo.go.jp"),
        ("経済産業省", "Ministry of Economy, Trade and Industry (METI)", "일본 경제산업성", "ministry", "meti.go.jp"),
        ("財務省関税局", "Customs and Tariff Bureau, Ministry of Finance", "일본 재무성 관세국", "customs", "customs.go.jp"),
        ("東京税関", "Tokyo Customs", "도쿄 세관", "customs", "customs.go.jp"),
        ("知的財産高等裁判所", "Intellectual Property High Court", "일본 지식재산고등재판소", "court", "ip.courts.go.jp"),
        ("内閣府知的財産戦略推進事務局", "Intellectual Property Strategy Headquarters", "일본 내각부 지식재산전략추진사무국", "ministry", "kantei.go.jp"),
        ("文化庁", "Agency for Cultural Affairs", "일본 문화청", "ministry", "bunka.go.jp"),
        ("日本弁理士会", "Japan Patent Attorneys Association", "일본변리사회", "association", "jpaa.or.jp"),
        ("日本知的財産協会", "Japan Intellectual Property Association (JIPA)", "일본지적재산협회", "association", "jipa.or.jp"),
        ("東京大学先端科学技術研究センター", "RCAST, University of Tokyo", "도쿄대 첨단과학기술연구센터", "academia", "rcast.u-tokyo.ac.jp"),
        ("在日韓国商工会議所", "Korean Chamber of Commerce and Industry in Japan", "재일한국상공회의소", "association", "kccij.or.jp"),
    ],
    "BRU": [
        ("European Union Intellectual Property Office", "EUIPO", "유럽연합 지식재산청", "ip_office", "euipo.europa.eu"),
        ("EUIPO Observatory on Infringements of IP Rights", "EUIPO Observatory", "EU 지식재산권 침해 감시기구", "ip_office", "euipo.europa.eu"),
        ("Direction générale du marché intérieur (DG GROW)", "European Commission, DG GROW", "EU 집행위원회 성장총국", "ministry", "commission.europa.eu"),
        ("Direction générale du commerce (DG TRADE)", "European Commission, DG TRADE", "EU 집행위원회 통상총국", "ministry", "commission.europa.eu"),
        ("Office européen de lutte antifraude (OLAF)", "European Anti-Fraud Office (OLAF)", "유럽부정행위방지청", "customs", "anti-fraud.ec.europa.eu"),
        ("Direction générale de la fiscalité et de l'union douanière (DG TAXUD)", "European Commission, DG TAXUD", "EU 집행위원회 조세관세총국", "customs", "taxation-customs.ec.europa.eu"),
        ("Europäisches Patentamt", "European Patent Office (EPO)", "유럽특허청", "ip_office", "epo.org"),
        ("Unified Patent Court", "Unified Patent Court (UPC)", "유럽 통합특허법원", "court", "unified-patent-court.org"),
        ("Administration générale des Douanes et Accises", "Belgian Customs and Excise", "벨기에 관세청", "customs", "finances.belgium.be"),
        ("Max-Planck-Institut für Innovation und Wettbewerb", "Max Planck Institute for Innovation and Competition", "막스플랑크 혁신경쟁연구소", "academia", "ip.mpg.de"),
        ("BusinessEurope", "BusinessEurope", "유럽경영자협회", "association", "businesseurope.eu"),
    ],
    "GVA": [
        ("Organisation Mondiale de la Propriété Intellectuelle (OMPI)", "World Intellectual Property Organization (WIPO)", "세계지식재산기구", "international_org", "wipo.int"),
        ("Organisation mondiale du commerce (OMC)", "World Trade Organization (WTO)", "세계무역기구", "international_org", "wto.org"),
        ("Conseil des ADPIC", "WTO TRIPS Council", "WTO 무역관련지식재산권이사회", "international_org", "wto.org"),
        ("Union internationale pour la protection des obtentions végétales (UPOV)", "UPOV", "국제식물신품종보호연맹", "international_org", "upov.int"),
        ("Institut Fédéral de la Propriété Intellectuelle", "Swiss Federal Institute of Intellectual Property (IPI)", "스위스 연방지식재산청", "ip_office", "ige.ch"),
        ("Organisation mondiale de la Santé (OMS)", "World Health Organization (WHO)", "세계보건기구", "international_org", "who.int"),
        ("Conférence des Nations Unies sur le commerce et le développement", "UNCTAD", "유엔무역개발회의", "international_org", "unctad.org"),
        ("Institut de hautes études internationales et du développement", "Geneva Graduate Institute", "제네바 국제개발대학원", "academia", "graduateinstitute.ch"),
        ("日本政府代表部（ジュネーブ）", "Permanent Mission of Japan in Geneva", "주제네바 일본대표부", "ministry", "geneve-mission.emb-japan.go.jp"),
        ("常驻日内瓦代表团", "Permanent Mission of China in Geneva", "주제네바 중국대표부", "ministry", "china-un.ch"),
    ],
}

# Generated organisations beyond the real ones: law firms, associations, local companies.
FIRM_PATTERNS: dict[str, list[str]] = {
    "us": ["{a} & {b} LLP", "{a} {b} PLLC", "{a}, {b} & Partners", "{a} IP Law Group"],
    "cn": ["{city}{word}知识产权代理有限公司", "{city}{word}律师事务所", "{word}专利商标事务所"],
    "jp": ["特許業務法人{a}国際特許事務所", "{a}・{b}法律事務所", "弁理士法人{a}"],
    "eu": ["Cabinet {a} & Associés", "{a} {b} Rechtsanwälte", "{a} & {b} Advocaten", "Studio Legale {a}"],
    "gva": ["Étude {a} & {b}", "{a} {b} Avocats", "{a} Intellectual Property SA"],
    "ko": ["{a}{b} 특허법률사무소", "법무법인 {word}"],
}
CN_CITIES = ["北京", "上海", "深圳", "广州", "杭州", "苏州", "天津", "成都"]
CN_WORDS = ["信达", "中原", "正理", "汇泽", "华诚", "金杜", "立方", "永新", "德恒", "集佳"]
KO_WORDS = ["한결", "바른", "세종", "율촌", "화우", "지평", "태평양", "광장"]

PEOPLE: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]]]] = {
    # locale -> (surnames, given names), each (local script, romanised)
    "cn": (
        [("张", "Zhang"), ("王", "Wang"), ("李", "Li"), ("刘", "Liu"), ("陈", "Chen"), ("杨", "Yang"), ("赵", "Zhao"),
         ("黄", "Huang"), ("周", "Zhou"), ("吴", "Wu"), ("徐", "Xu"), ("孙", "Sun"), ("马", "Ma"), ("朱", "Zhu"),
         ("胡", "Hu"), ("郭", "Guo"), ("何", "He"), ("林", "Lin"), ("高", "Gao"), ("罗", "Luo")],
        [("伟", "Wei"), ("芳", "Fang"), ("娜", "Na"), ("敏", "Min"), ("静", "Jing"), ("丽", "Li"), ("强", "Qiang"),
         ("磊", "Lei"), ("军", "Jun"), ("洋", "Yang"), ("勇", "Yong"), ("艳", "Yan"), ("杰", "Jie"), ("涛", "Tao"),
         ("秀英", "Xiuying"), ("建华", "Jianhua"), ("志强", "Zhiqiang"), ("海燕", "Haiyan"), ("晓东", "Xiaodong"),
         ("文博", "Wenbo"), ("雪梅", "Xuemei"), ("俊杰", "Junjie"), ("立新", "Lixin"), ("慧敏", "Huimin")],
    ),
    "jp": (
        [("田中", "Tanaka"), ("佐藤", "Sato"), ("鈴木", "Suzuki"), ("高橋", "Takahashi"), ("渡辺", "Watanabe"),
         ("伊藤", "Ito"), ("山本", "Yamamoto"), ("中村", "Nakamura"), ("小林", "Kobayashi"), ("加藤", "Kato"),
         ("吉田", "Yoshida"), ("山田", "Yamada"), ("佐々木", "Sasaki"), ("松本", "Matsumoto"), ("井上", "Inoue"),
         ("木村", "Kimura"), ("清水", "Shimizu"), ("森", "Mori"), ("池田", "Ikeda"), ("橋本", "Hashimoto")],
        [("健一", "Ken'ichi"), ("翔太", "Shota"), ("大輔", "Daisuke"), ("直樹", "Naoki"), ("誠", "Makoto"),
         ("浩二", "Koji"), ("拓也", "Takuya"), ("陽子", "Yoko"), ("恵子", "Keiko"), ("美咲", "Misaki"),
         ("由美", "Yumi"), ("裕子", "Yuko"), ("真理子", "Mariko"), ("和也", "Kazuya"), ("聡", "Satoshi"),
         ("亮", "Ryo"), ("さくら", "Sakura"), ("彩", "Aya"), ("智子", "Tomoko"), ("隆", "Takashi")],
    ),
    "ko": (
        [("김", "Kim"), ("이", "Lee"), ("박", "Park"), ("최", "Choi"), ("정", "Jung"), ("강", "Kang"), ("조", "Cho"),
         ("윤", "Yoon"), ("장", "Jang"), ("임", "Lim"), ("한", "Han"), ("오", "Oh"), ("서", "Seo"), ("신", "Shin"),
         ("권", "Kwon"), ("황", "Hwang")],
        [("민수", "Minsu"), ("서연", "Seoyeon"), ("지훈", "Jihoon"), ("지현", "Jihyun"), ("현우", "Hyunwoo"),
         ("수진", "Sujin"), ("준호", "Junho"), ("은지", "Eunji"), ("동현", "Donghyun"), ("예린", "Yerin"),
         ("성민", "Seongmin"), ("하은", "Haeun"), ("재원", "Jaewon"), ("유진", "Yujin"), ("상훈", "Sanghoon"),
         ("미영", "Miyoung"), ("태윤", "Taeyoon"), ("소희", "Sohee")],
    ),
}

WESTERN: dict[str, tuple[list[str], list[str]]] = {
    "us": (
        ["James", "Jennifer", "Michael", "Sarah", "David", "Emily", "Robert", "Jessica", "Daniel", "Ashley",
         "Christopher", "Amanda", "Matthew", "Laura", "Andrew", "Rachel", "Kevin", "Megan", "Brian", "Nicole",
         "Thomas", "Elizabeth", "Steven", "Karen", "Jason", "Lisa", "Maria", "Carlos"],
        ["Miller", "Johnson", "Williams", "Brown", "Davis", "Garcia", "Rodriguez", "Wilson", "Martinez",
         "Anderson", "Taylor", "Moore", "Jackson", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson",
         "Walker", "Young", "Allen", "Wright", "Scott", "Nguyen", "Patel", "O'Connor", "Morales"],
    ),
    "eu": (
        ["Claire", "Julien", "Sophie", "Nicolas", "Camille", "Antoine", "Isabelle", "Anna", "Katrin", "Jonas",
         "Matthias", "Stefan", "Pieter", "Sanne", "Daan", "Giulia", "Marco", "Francesca", "Luca", "Lucía",
         "Javier", "Carmen", "Álvaro", "Agnieszka", "Piotr", "Lien", "Wouter", "Els", "Søren", "Ingrid"],
        ["Dupont", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Müller", "Schmidt", "Schneider",
         "Fischer", "Weber", "Becker", "de Vries", "Jansen", "van Dijk", "Bakker", "Rossi", "Bianchi", "Romano",
         "Ricci", "García", "Fernández", "López", "Nowak", "Kowalski", "Peeters", "Maes", "Janssens", "Nielsen"],
    ),
    "gva": (
        ["Claire", "Marc", "Amara", "Rajesh", "María José", "Olga", "Ahmed", "Kwame", "Ana", "Thomas",
         "Priya", "Fatima", "Lars", "Chiara", "Hiroshi", "Elena", "Samuel", "Nadia"],
        ["Dupont", "Favre", "Okafor", "Kumar", "Pérez", "Ivanova", "Hassan", "Mensah", "Souza", "Keller",
         "Sharma", "Benali", "Eriksson", "Conti", "Morel", "Rochat", "Haddad", "Nguyen"],
    ),
}

POSITIONS: dict[str, dict[str, list[str]]] = {
    "us": {
        "gov": ["Director", "Deputy Director", "Attorney-Advisor", "Senior Policy Advisor", "Program Manager",
                "Supervisory Patent Examiner", "Import Specialist", "Branch Chief", "Trade Counsel"],
        "other": ["Partner", "Associate", "Patent Attorney", "Executive Director", "Professor of Law", "General Counsel"],
    },
    "cn": {
        "gov": ["司长", "副司长", "处长", "副处长", "主任科员", "审查员", "关长", "副关长", "庭长", "法官"],
        "other": ["合伙人", "律师", "专利代理师", "秘书长", "教授", "法务总监"],
    },
    "jp": {
        "gov": ["課長", "課長補佐", "室長", "審査官", "審判官", "統括官", "係長", "裁判官"],
        "other": ["弁理士", "弁護士", "所長", "事務局長", "教授", "知財部長"],
    },
    "eu": {
        "gov": ["Head of Unit", "Deputy Head of Unit", "Policy Officer", "Legal Officer", "Director",
                "Senior Expert", "Investigator", "Judge"],
        "other": ["Partner", "Associate", "European Patent Attorney", "Director General", "Professor", "Head of IP"],
    },
    "gva": {
        "gov": ["Director", "Deputy Director General", "Counsellor", "Senior Legal Officer", "Program Officer",
                "Legal Affairs Officer", "First Secretary"],
        "other": ["Partner", "Associate", "Professor", "Senior Researcher", "Head of Policy"],
    },
    "ko": {
        "gov": ["무역관장", "부관장", "차장", "과장"],
        "other": ["법인장", "법무팀장", "지재권 담당 부장", "대표이사", "변리사", "변호사", "연구소장"],
    },
}

# Home-country companies: Korean stem, romanised stem.
COMPANY_STEMS = [
    ("한빛", "Hanbit"), ("새봄", "Saebom"), ("다온", "Daon"), ("미래", "Mirae"), ("누리", "Nuri"), ("가온", "Gaon"),
    ("아라", "Ara"), ("하늘", "Haneul"), ("푸른", "Pureun"), ("별빛", "Byeolbit"), ("소담", "Sodam"), ("온새", "Onsae"),
    ("해든", "Haedeun"), ("라온", "Raon"), ("도담", "Dodam"), ("마루", "Maru"), ("세움", "Seum"), ("큰솔", "Keunsol"),
    ("빛나래", "Bitnarae"), ("한울", "Hanul"), ("동림", "Donglim"), ("청솔", "Cheongsol"), ("태양", "Taeyang"),
    ("은하", "Eunha"), ("대성", "Daeseong"), ("서진", "Seojin"), ("우리", "Woori"), ("참빛", "Chambit"),
    ("늘품", "Neulpum"), ("예담", "Yedam"), ("이음", "Ieum"), ("모아", "Moa"), ("그린", "Green"), ("나래", "Narae"),
]

# sector code -> (Korean label, English label, Korean suffixes, English suffixes, products ko/en)
SECTORS: dict[str, tuple[str, str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "semiconductors": ("반도체", "Semiconductors", [("반도체", "Semiconductor"), ("전자", "Electronics"), ("테크", "Tech")],
                       [("반도체 패키징", "semiconductor packaging"), ("메모리 컨트롤러", "memory controllers"), ("전력 반도체", "power semiconductors"), ("식각 장비", "etching equipment")]),
    "batteries": ("이차전지", "Batteries", [("에너지", "Energy"), ("배터리", "Battery"), ("소재", "Materials")],
                  [("리튬이온 배터리", "lithium-ion batteries"), ("양극재", "cathode materials"), ("분리막", "battery separators"), ("배터리 관리 시스템", "battery management systems")]),
    "cosmetics": ("화장품", "Cosmetics", [("화장품", "Cosmetics"), ("뷰티", "Beauty"), ("코스메틱", "Cosmetic")],
                  [("쿠션 파운데이션", "cushion foundation"), ("마스크팩", "sheet masks"), ("선크림", "sunscreen"), ("기능성 세럼", "serums")]),
    "biotech": ("바이오·제약", "Biotech and pharma", [("바이오", "Bio"), ("제약", "Pharma"), ("바이오로직스", "Biologics")],
                [("바이오시밀러", "biosimilars"), ("세포 배양 공정", "cell culture processes"), ("진단 키트", "diagnostic kits"), ("mRNA 전달체", "mRNA delivery systems")]),
    "games": ("게임", "Games", [("게임즈", "Games"), ("엔터테인먼트", "Entertainment"), ("스튜디오", "Studio")],
              [("모바일 게임", "mobile games"), ("게임 캐릭터", "game characters"), ("온라인 RPG", "online RPGs")]),
    "content": ("K-콘텐츠", "K-content", [("미디어", "Media"), ("엔터", "Entertainment"), ("웹툰", "Webtoon")],
                [("웹툰", "webtoons"), ("드라마 IP", "drama IP"), ("K-팝 굿즈", "K-pop merchandise"), ("애니메이션 캐릭터", "animation characters")]),
    "food": ("식품", "Food", [("식품", "Foods"), ("푸드", "Food"), ("F&B", "F&B")],
             [("라면", "instant noodles"), ("김 스낵", "seaweed snacks"), ("고추장", "gochujang"), ("냉동 만두", "frozen dumplings")]),
    "robotics": ("로봇", "Robotics", [("로보틱스", "Robotics"), ("로봇", "Robot")],
                 [("협동 로봇", "collaborative robots"), ("로봇 관절", "robot joints"), ("물류 로봇", "logistics robots")]),
    "mobility": ("모빌리티", "Mobility", [("모빌리티", "Mobility"), ("모터스", "Motors"), ("오토텍", "Autotech")],
                 [("전기차 충전기", "EV chargers"), ("자율주행 센서", "autonomous-driving sensors"), ("차량용 디스플레이", "automotive displays")]),
    "display": ("디스플레이", "Displays", [("디스플레이", "Display"), ("옵틱스", "Optics")],
                [("OLED 패널", "OLED panels"), ("마이크로 LED", "micro-LED"), ("편광 필름", "polarising films")]),
}

PLATFORMS = {
    "us": ["Amazon", "Temu", "eBay", "Walmart Marketplace", "TikTok Shop"],
    "cn": ["淘宝", "拼多多", "抖音电商", "京东", "小红书"],
    "jp": ["楽天市場", "メルカリ", "Amazon.co.jp", "Yahoo!ショッピング"],
    "eu": ["Amazon.de", "Cdiscount", "AliExpress", "Allegro", "bol.com"],
    "gva": ["AliExpress", "Amazon", "Temu", "Shein"],
    "ko": ["쿠팡", "네이버 스마트스토어"],
}

PHONE = {"us": "+1 {a3} 555-01{n2}", "cn": "+86 10 {n4} {n4b}", "jp": "+81 3-{n4}-{n4b}",
         "eu": "+32 2 {n3} {n2} {n2b}", "gva": "+41 22 {n3} {n2} {n2b}", "ko": "+82 2-{n4}-{n4b}"}
US_AREA = {"WAS": ["202", "703", "571"], "LAX": ["213", "310", "626"]}
