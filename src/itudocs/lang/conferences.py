"""Issuing bodies, conference places and conferences, in the six languages.

This is data: how each language names the bodies that issue ITU instruments, how it
writes the places where conferences met, and which conference met where and when.
:mod:`itudocs.grammar.instruments` reads it to recognise, normalise and print references, so
that "Resolution 179 (Rev. Dubai, 2018)", "Résolution 179 (Rév. Dubaï, 2018)" and
"第179号决议（2018年，迪拜，修订版）" get one identifier.

Body codes: ``PP`` (Plenipotentiary Conference), ``Council``, ``WTDC``, ``WTSA``,
``RA``, ``WRC``, ``UNGA``.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from itudocs.languages import CODES

BODIES = ("PP", "Council", "WTDC", "WTSA", "RA", "WRC", "UNGA")

#: body -> language -> names that identify it in running text (abbreviations included);
#: the first name is the one printed.
BODY_NAMES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "PP": {
        "en": ("Plenipotentiary Conference", "PP"),
        "fr": ("Conférence de plénipotentiaires", "PP"),
        "es": ("Conferencia de Plenipotenciarios", "PP"),
        "zh": ("全权代表大会",),
        "ru": ("Полномочной конференции", "Полномочная конференция", "ПК"),
        "ar": ("مؤتمر المندوبين المفوضين",),
    },
    "Council": {
        "en": ("Council", "ITU Council"),
        "fr": ("Conseil",),
        "es": ("Consejo",),
        "zh": ("理事会",),
        "ru": ("Совета", "Совет"),
        "ar": ("المجلس",),
    },
    "WTDC": {
        "en": ("World Telecommunication Development Conference", "WTDC"),
        "fr": ("Conférence mondiale de développement des télécommunications", "CMDT"),
        "es": ("Conferencia Mundial de Desarrollo de las Telecomunicaciones", "CMDT"),
        "zh": ("世界电信发展大会",),
        "ru": ("Всемирной конференции по развитию электросвязи", "ВКРЭ"),
        "ar": ("المؤتمر العالمي لتنمية الاتصالات",),
    },
    "WTSA": {
        "en": ("World Telecommunication Standardization Assembly", "WTSA"),
        "fr": ("Assemblée mondiale de normalisation des télécommunications", "AMNT"),
        "es": ("Asamblea Mundial de Normalización de las Telecomunicaciones", "AMNT"),
        "zh": ("世界电信标准化全会",),
        "ru": ("Всемирной ассамблеи по стандартизации электросвязи", "ВАСЭ"),
        "ar": ("الجمعية العالمية لتقييس الاتصالات",),
    },
    "RA": {
        "en": ("Radiocommunication Assembly", "RA"),
        "fr": ("Assemblée des radiocommunications",),
        "es": ("Asamblea de Radiocomunicaciones",),
        "zh": ("无线电通信全会",),
        "ru": ("Ассамблеи радиосвязи",),
        "ar": ("جمعية الاتصالات الراديوية",),
    },
    "WRC": {
        "en": ("World Radiocommunication Conference", "WRC"),
        "fr": ("Conférence mondiale des radiocommunications", "CMR"),
        "es": ("Conferencia Mundial de Radiocomunicaciones", "CMR"),
        "zh": ("世界无线电通信大会",),
        "ru": ("Всемирной конференции радиосвязи", "ВКР"),
        "ar": ("المؤتمر العالمي للاتصالات الراديوية",),
    },
    "UNGA": {
        "en": ("United Nations General Assembly", "UN General Assembly", "UNGA"),
        "fr": ("Assemblée générale des Nations Unies",),
        "es": ("Asamblea General de las Naciones Unidas",),
        "zh": ("联合国大会",),
        "ru": ("Генеральной Ассамблеи ООН",
               "Генеральной Ассамблеи Организации Объединенных Наций"),
        "ar": ("الجمعية العامة للأمم المتحدة",),
    },
}

#: language -> body -> how a printed reference names its body after the number
#: ("Resolution 179 ... of the Plenipotentiary Conference"); Chinese puts it first.
BODY_SUFFIX: Mapping[str, Mapping[str, str]] = {
    "en": {"PP": " of the Plenipotentiary Conference", "Council": " of the Council",
           "WTDC": " of WTDC", "WTSA": " of WTSA", "RA": " of the Radiocommunication Assembly",
           "WRC": " of WRC", "UNGA": " of the United Nations General Assembly"},
    "fr": {"PP": " de la Conférence de plénipotentiaires", "Council": " du Conseil",
           "WTDC": " de la CMDT", "WTSA": " de l'AMNT",
           "RA": " de l'Assemblée des radiocommunications", "WRC": " de la CMR",
           "UNGA": " de l'Assemblée générale des Nations Unies"},
    "es": {"PP": " de la Conferencia de Plenipotenciarios", "Council": " del Consejo",
           "WTDC": " de la CMDT", "WTSA": " de la AMNT",
           "RA": " de la Asamblea de Radiocomunicaciones", "WRC": " de la CMR",
           "UNGA": " de la Asamblea General de las Naciones Unidas"},
    "zh": {"PP": "全权代表大会", "Council": "理事会", "WTDC": "世界电信发展大会",
           "WTSA": "世界电信标准化全会", "RA": "无线电通信全会", "WRC": "世界无线电通信大会",
           "UNGA": "联合国大会"},
    "ru": {"PP": " Полномочной конференции", "Council": " Совета", "WTDC": " ВКРЭ",
           "WTSA": " ВАСЭ", "RA": " Ассамблеи радиосвязи", "WRC": " ВКР",
           "UNGA": " Генеральной Ассамблеи ООН"},
    "ar": {"PP": " لمؤتمر المندوبين المفوضين", "Council": " للمجلس",
           "WTDC": " للمؤتمر العالمي لتنمية الاتصالات",
           "WTSA": " للجمعية العالمية لتقييس الاتصالات", "RA": " لجمعية الاتصالات الراديوية",
           "WRC": " للمؤتمر العالمي للاتصالات الراديوية",
           "UNGA": " للجمعية العامة للأمم المتحدة"},
}

#: place key -> names in en, fr, es, zh, ru, ar (the first of each is printed)
PLACES: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    key: dict(zip(CODES, names, strict=True))
    for key, names in {
        "kyoto": (("Kyoto",), ("Kyoto",), ("Kyoto",), ("京都",), ("Киото",), ("كيوتو",)),
        "minneapolis": (("Minneapolis",), ("Minneapolis",), ("Minneapolis",), ("明尼阿波利斯",),
                        ("Миннеаполис",), ("مينيابوليس",)),
        "marrakesh": (("Marrakesh", "Marrakech"), ("Marrakech",), ("Marrakech",), ("马拉喀什",),
                      ("Марракеш",), ("مراكش",)),
        "antalya": (("Antalya",), ("Antalya",), ("Antalya",), ("安塔利亚",), ("Анталия",),
                    ("أنطاليا",)),
        "guadalajara": (("Guadalajara",), ("Guadalajara",), ("Guadalajara",), ("瓜达拉哈拉",),
                        ("Гвадалахара",), ("غوادالاخارا",)),
        "busan": (("Busan",), ("Busan",), ("Busan",), ("釜山",), ("Пусан",), ("بوسان",)),
        "dubai": (("Dubai",), ("Dubaï", "Dubai"), ("Dubái", "Dubai"), ("迪拜",), ("Дубай",),
                  ("دبي",)),
        "bucharest": (("Bucharest",), ("Bucarest",), ("Bucarest",), ("布加勒斯特",),
                      ("Бухарест",), ("بوخارست",)),
        "istanbul": (("Istanbul",), ("Istanbul",), ("Estambul",), ("伊斯坦布尔",), ("Стамбул",),
                     ("إسطنبول",)),
        "doha": (("Doha",), ("Doha",), ("Doha",), ("多哈",), ("Доха",), ("الدوحة",)),
        "hyderabad": (("Hyderabad",), ("Hyderabad",), ("Hyderabad",), ("海得拉巴",),
                      ("Хайдарабад",), ("حيدر آباد",)),
        "buenos-aires": (("Buenos Aires",), ("Buenos Aires",), ("Buenos Aires",),
                         ("布宜诺斯艾利斯",), ("Буэнос-Айрес",), ("بوينس آيرس",)),
        "kigali": (("Kigali",), ("Kigali",), ("Kigali",), ("基加利",), ("Кигали",), ("كيغالي",)),
        "florianopolis": (("Florianópolis",), ("Florianópolis",), ("Florianópolis",),
                          ("弗洛里亚诺波利斯",), ("Флорианополис",), ("فلوريانوبوليس",)),
        "johannesburg": (("Johannesburg",), ("Johannesburg",), ("Johannesburgo",),
                         ("约翰内斯堡",), ("Йоханнесбург",), ("جوهانسبرغ",)),
        "hammamet": (("Hammamet",), ("Hammamet",), ("Hammamet",), ("哈马马特",),
                     ("Хаммамет",), ("الحمامات",)),
        "geneva": (("Geneva",), ("Genève",), ("Ginebra",), ("日内瓦",), ("Женева",),
                   ("جنيف",)),
        "new-delhi": (("New Delhi",), ("New Delhi",), ("Nueva Delhi",), ("新德里",),
                      ("Нью-Дели",), ("نيودلهي",)),
        "sharm-el-sheikh": (("Sharm el-Sheikh",), ("Charm el-Cheikh",), ("Sharm el-Sheikh",),
                            ("沙姆沙伊赫",), ("Шарм-эль-Шейх",), ("شرم الشيخ",)),
    }.items()
}

#: (body, year) -> place key, for the conferences that issue instruments
CONFERENCES: Mapping[tuple[str, int], str] = {
    ("PP", 1994): "kyoto", ("PP", 1998): "minneapolis", ("PP", 2002): "marrakesh",
    ("PP", 2006): "antalya", ("PP", 2010): "guadalajara", ("PP", 2014): "busan",
    ("PP", 2018): "dubai", ("PP", 2022): "bucharest",
    ("WTDC", 2002): "istanbul", ("WTDC", 2006): "doha", ("WTDC", 2010): "hyderabad",
    ("WTDC", 2014): "dubai", ("WTDC", 2017): "buenos-aires", ("WTDC", 2022): "kigali",
    ("WTSA", 2004): "florianopolis", ("WTSA", 2008): "johannesburg", ("WTSA", 2012): "dubai",
    ("WTSA", 2016): "hammamet", ("WTSA", 2022): "geneva", ("WTSA", 2024): "new-delhi",
    ("WRC", 2012): "geneva", ("WRC", 2015): "geneva", ("WRC", 2019): "sharm-el-sheikh",
    ("WRC", 2023): "dubai",
    ("RA", 2012): "geneva", ("RA", 2015): "geneva", ("RA", 2019): "sharm-el-sheikh",
    ("RA", 2023): "dubai",
}


def bodies_at(place: str, year: int) -> tuple[str, ...]:
    """The bodies that met at ``place`` in ``year`` (one: the body is known)."""
    return tuple(body for (body, y), p in CONFERENCES.items() if p == place and y == year)


@cache
def place_names(lang: str) -> Mapping[str, str]:
    """Every name of a place in ``lang`` -> its key (English names are accepted in
    every language: documents often keep them). Built once per language."""
    out = {name: key for key, names in PLACES.items() for name in names["en"]}
    out.update({name: key for key, names in PLACES.items() for name in names[lang]})
    return out


def body_names(lang: str) -> dict[str, str]:
    """Every name of a body in ``lang`` -> its code."""
    return {name: body for body, names in BODY_NAMES.items() for name in names[lang]}
