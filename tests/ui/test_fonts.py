"""The app's fonts: Hangul from the bundled NanumGothic, and what it lacks from the fonts the briefs
bundle too, so a name the PDF prints is not a box in the app."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication


@pytest.fixture
def fonts(qapp: QApplication) -> list[str]:
    from officerdesk.ui.app import load_fonts

    load_fonts(qapp)
    return qapp.font().families()


SAMPLES = {"Hangul": "김민수", "Hanzi": "山田太郎", "Arabic": "محمد", "Hebrew": "דוד"}


@pytest.mark.parametrize("script", SAMPLES)
def test_every_script_of_a_name_has_a_font_in_the_app(fonts: list[str], script: str) -> None:
    families = fonts
    text = SAMPLES[script]
    covering = [f for f in families if all(QFontMetrics(QFont(f)).inFontUcs4(ord(c)) for c in text)]
    assert covering, f"no font of {families} draws {text!r}"


def test_the_fallbacks_come_after_the_korean_face(fonts: list[str]) -> None:
    families = fonts
    assert families.index("NanumGothic") < families.index("Droid Sans Fallback")
