"""The 99 briefings of the library: which government, which folder of lawtext/gov, which years.

Names in English and the speakers' names in pinyin are written by us. A speaker's name is
only ever *looked up* here from the name the report prints; a report that prints none gets none.
"""

from __future__ import annotations

from dataclasses import dataclass

YEARS = (2024, 2025, 2026)
NATION = "政府工作报告-国务院"
PROVINCES = "政府工作报告-省自治区"
CITIES = "政府工作报告-主要城市"


@dataclass(frozen=True)
class Place:
    """A government whose reports the library holds."""

    stem: str  # the id's first part: cn, henan, beijing, zhengzhou
    zh: str
    en: str
    level: str  # nation | province | city
    folder: str  # the folder of lawtext/gov holding <year>.md
    publisher: str  # who issues the report

    def file(self, year: int) -> str:
        """The report's path inside lawtext/gov."""
        return f"{self.folder}/{year}.md"

    def briefing_id(self, year: int) -> str:
        """The briefing id: cn-2025, henan-2025, zhengzhou-2026."""
        return f"{self.stem}-{year}"


_PROVINCES = (
    ("yunnan", "云南省", "Yunnan"),
    ("neimenggu", "内蒙古自治区", "Inner Mongolia"),
    ("jilin", "吉林省", "Jilin"),
    ("sichuan", "四川省", "Sichuan"),
    ("ningxia", "宁夏回族自治区", "Ningxia"),
    ("anhui", "安徽省", "Anhui"),
    ("shandong", "山东省", "Shandong"),
    ("shanxi", "山西省", "Shanxi"),
    ("guangdong", "广东省", "Guangdong"),
    ("guangxi", "广西壮族自治区", "Guangxi"),
    ("xinjiang", "新疆维吾尔自治区", "Xinjiang"),
    ("jiangsu", "江苏省", "Jiangsu"),
    ("jiangxi", "江西省", "Jiangxi"),
    ("hebei", "河北省", "Hebei"),
    ("henan", "河南省", "Henan"),
    ("zhejiang", "浙江省", "Zhejiang"),
    ("hainan", "海南省", "Hainan"),
    ("hubei", "湖北省", "Hubei"),
    ("hunan", "湖南省", "Hunan"),
    ("gansu", "甘肃省", "Gansu"),
    ("fujian", "福建省", "Fujian"),
    ("xizang", "西藏自治区", "Xizang (Tibet)"),
    ("guizhou", "贵州省", "Guizhou"),
    ("liaoning", "辽宁省", "Liaoning"),
    ("shaanxi", "陕西省", "Shaanxi"),
    ("qinghai", "青海省", "Qinghai"),
    ("heilongjiang", "黑龙江省", "Heilongjiang"),
)
_MUNICIPALITIES = (
    ("beijing", "北京市", "Beijing"),
    ("tianjin", "天津市", "Tianjin"),
    ("shanghai", "上海市", "Shanghai"),
    ("chongqing", "重庆市", "Chongqing"),
)


def _government(zh: str) -> str:
    return f"{zh}人民政府"


PLACES: tuple[Place, ...] = (
    Place("cn", "中国", "China", "nation", NATION, "国务院"),
    *(
        Place(s, zh, en, "province", f"{PROVINCES}/{zh}", _government(zh))
        for s, zh, en in _PROVINCES
    ),
    *(
        Place(s, zh, en, "province", f"{CITIES}/{zh}", _government(zh))
        for s, zh, en in _MUNICIPALITIES
    ),
    Place("zhengzhou", "郑州市", "Zhengzhou", "city", f"{CITIES}/郑州市", "郑州市人民政府"),
)

#: Speakers as the reports print them → their names in pinyin (written by us).
SPEAKERS: dict[str, str] = {
    "李强": "Li Qiang",
    "王予波": "Wang Yubo",
    "包钢": "Bao Gang",
    "胡玉亭": "Hu Yuting",
    "黄强": "Huang Qiang",
    "施小琳": "Shi Xiaolin",
    "张雨浦": "Zhang Yupu",
    "王清宪": "Wang Qingxian",
    "周乃翔": "Zhou Naixiang",
    "王伟中": "Wang Weizhong",
    "孟凡利": "Meng Fanli",
    "艾尔肯·吐尼亚孜": "Erkin Tuniyaz",
    "许昆林": "Xu Kunlin",
    "刘小涛": "Liu Xiaotao",
    "叶建春": "Ye Jianchun",
    "王正谱": "Wang Zhengpu",
    "王浩": "Wang Hao",
    "刘捷": "Liu Jie",
    "刘小明": "Liu Xiaoming",
    "王忠林": "Wang Zhonglin",
    "李殿勋": "Li Dianxun",
    "毛伟明": "Mao Weiming",
    "任振鹤": "Ren Zhenhe",
    "赵龙": "Zhao Long",
    "严金海": "Yan Jinhai",
    "嘎玛泽登": "Gama Cedain",
    "李炳军": "Li Bingjun",
    "李乐成": "Li Lecheng",
    "王新伟": "Wang Xinwei",
    "赵刚": "Zhao Gang",
    "吴晓军": "Wu Xiaojun",
    "罗东川": "Luo Dongchuan",
    "梁惠玲": "Liang Huiling",
    "殷勇": "Yin Yong",
    "张工": "Zhang Gong",
    "龚正": "Gong Zheng",
    "胡衡华": "Hu Henghua",
    "何雄": "He Xiong",
    "庄建球": "Zhuang Jianqiu",
}


def every_briefing() -> list[tuple[Place, int]]:
    """(place, year) for each of the 99 briefings, nation first, in catalogue order."""
    return [(p, y) for p in PLACES for y in YEARS]
