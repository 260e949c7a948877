"""The posts of the founding case (DOMAIN.md): codes, names, places, time zones."""

from __future__ import annotations

POSTS: dict[str, dict[str, str]] = {
    "WAS": {"name_en": "Embassy in Washington", "name_ko": "주미국 대사관", "country": "United States", "city": "Washington, D.C.", "tz": "America/New_York"},
    "LAX": {"name_en": "Consulate General in Los Angeles", "name_ko": "주로스앤젤레스 총영사관", "country": "United States", "city": "Los Angeles", "tz": "America/Los_Angeles"},
    "BJS": {"name_en": "Embassy in Beijing", "name_ko": "주중국 대사관", "country": "China", "city": "Beijing", "tz": "Asia/Shanghai"},
    "TYO": {"name_en": "Embassy in Tokyo", "name_ko": "주일본 대사관", "country": "Japan", "city": "Tokyo", "tz": "Asia/Tokyo"},
    "BRU": {"name_en": "Mission to the European Union", "name_ko": "주유럽연합 대표부", "country": "European Union", "city": "Brussels", "tz": "Europe/Brussels"},
    "GVA": {"name_en": "Permanent Mission in Geneva", "name_ko": "주제네바 대표부", "country": "Switzerland", "city": "Geneva", "tz": "Europe/Zurich"},
    "HQ": {"name_en": "Headquarters", "name_ko": "본부", "country": "Korea", "city": "Daejeon", "tz": "Asia/Seoul"},
}
