"""Chinese. Labels and dates as in the real document C20/57-C (ITU-FORMAT.md §6)."""

from itudocs.lang.base import Language

TABLE = Language(
    code="zh",
    letter="C",
    english_name="Chinese",
    # ITU usage: 英文 where CLDR writes 英语.
    language_names={
        "英文": "en", "英语": "en", "法文": "fr", "法语": "fr", "西班牙文": "es",
        "西班牙语": "es", "中文": "zh", "俄文": "ru", "俄语": "ru", "阿拉伯文": "ar",
        "阿拉伯语": "ar",
    },
    months={},
    date_order="ymd",
    meeting_templates=(r"理事会\s*{year}\s*年会议", r"{year}\s*年理事会"),
    document_labels=("文件",),
    agenda_labels=("议项", "议程项目"),
    original_labels=("原文",),
    only_templates=(r"仅有{lang}", r"仅{lang}"),
    summary_labels=("概要", "摘要"),
    action_labels=("需采取的行动", "需要采取的行动"),
    references_labels=("参考文件", "参考资料"),
    quote_marks=(("\u201c", "\u201d"), ("\u300c", "\u300d")),
    excerpt_words=("摘录", "节选"),
    operative_verbs=("做出决议", "决议", "决定", "责成", "要求", "请", "邀请", "鼓励", "敦促"),
    outcome_words=("成果", "结果", "结论", "强调", "商定", "同意", "决定"),
    signature_roles=("主席", "副主席", "秘书长", "召集人", "协调人"),
    instrument_words={
        "resolution": ("决议",),
        "decision": ("决定",),
        "recommendation": ("建议",),
        "opinion": ("意见",),
    },
    document_kinds={"report": ("报告",), "note": ("说明",), "contribution": ("文稿",)},
    instrument_templates=(r"第\s*{num}\s*号{word}",),
    revision_words=("修订版", "修订"),
    ref_template="{body}第{num}号{word}{paren}",
    ref_paren_place="（{year}年，{place}{rev}）",
    ref_paren_year="（{year}年）",
    ref_revision="，修订版",
    date_labels=("日期",),
    unconfirmed=("only_templates", "agenda_labels"),
)
