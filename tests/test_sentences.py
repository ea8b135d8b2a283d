"""Sentence boundaries in the six languages (itudocs.grammar.sentences): the expected
sentences are typed by hand."""

from __future__ import annotations

import pytest

from itudocs.grammar.sentences import sentence_spans


def _split(text: str, language: str | None,
           protected: list[tuple[int, int]] | None = None) -> list[str]:
    spans = sentence_spans(text, language, protected or [])
    assert "".join(text[s:e] for s, e in spans) == text  # they tile the text
    return [text[s:e] for s, e in spans]


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("en", "The Council met in Geneva. Mr. Zhao opened it! Was the agenda adopted? Yes.",
     ["The Council met in Geneva. ", "Mr. Zhao opened it! ", "Was the agenda adopted? ",
      "Yes."]),
    ("fr", "M. Zhao a ouvert la séance. Il a dit : « Bienvenue. » Le Conseil a pris note.",
     ["M. Zhao a ouvert la séance. ", "Il a dit : « Bienvenue. » ",
      "Le Conseil a pris note."]),
    ("es", "El Sr. Zhao abrió la reunión. ¿Se aprobó el orden del día? Sí, se aprobó.",
     ["El Sr. Zhao abrió la reunión. ", "¿Se aprobó el orden del día? ", "Sí, se aprobó."]),
    ("ru", "В 2019 г. Совет собрался в Женеве. Г-н Чжао открыл сессию, т.е. первое "
           "заседание. Повестка дня принята!",
     ["В 2019 г. Совет собрался в Женеве. ", "Г-н Чжао открыл сессию, т.е. первое заседание. ",
      "Повестка дня принята!"]),
    ("ar", "اجتمع المجلس في جنيف. هل اعتمد جدول الأعمال؟ نعم، اعتمد!",
     ["اجتمع المجلس في جنيف. ", "هل اعتمد جدول الأعمال؟ ", "نعم، اعتمد!"]),
    ("zh", "理事会在日内瓦召开会议。议程是否获得通过？获得通过！主席致辞：“欢迎各位。”会议结束。",
     ["理事会在日内瓦召开会议。", "议程是否获得通过？", "获得通过！", "主席致辞：“欢迎各位。”",
      "会议结束。"]),
])
def test_sentences_in_six_languages(language: str, text: str, expected: list[str]) -> None:
    assert _split(text, language) == expected


def test_a_lowercase_word_after_a_full_stop_goes_on_with_the_sentence() -> None:
    assert _split("It met approx. ten times. Then it closed.", "en") == [
        "It met approx. ten times. ", "Then it closed."]


def test_initials_and_abbreviations_end_no_sentence() -> None:
    assert _split("Ms H. Zhao cited Res. 179 and Doc. C20/57. It was noted.", "en") == [
        "Ms H. Zhao cited Res. 179 and Doc. C20/57. ", "It was noted."]
    assert _split("В.В. Иванов выступил. Затем заседание закрылось.", "ru") == [
        "В.В. Иванов выступил. ", "Затем заседание закрылось."]


def test_no_boundary_inside_a_protected_span() -> None:
    text = "Resolution 2019. Rules apply. Next."
    assert _split(text, "en") == ["Resolution 2019. ", "Rules apply. ", "Next."]
    assert _split(text, "en", [(0, 29)]) == ["Resolution 2019. Rules apply. ", "Next."]


def test_an_ellipsis_in_chinese_is_no_boundary_and_empty_text_has_no_sentence() -> None:
    assert _split("保留WG-COP，…………请成员国：参与。", "zh") == ["保留WG-COP，…………请成员国：参与。"]
    assert sentence_spans("", "en") == []
