"""Text in two languages, and the language a reader asked for."""

from typing import Literal

from zzbrief.slots import Record

Lang = Literal["zh", "en", "both"]


class Bi(Record):
    """A text in Chinese and in English."""

    __slots__ = ("en", "zh")

    zh: str
    en: str

    def __init__(self, zh: str, en: str) -> None:
        self.zh = zh
        self.en = en

    def pick(self, lang: Lang) -> str:
        """The text in ``lang``; ``both`` gives Chinese, then English on the next line."""
        if lang == "en":
            return self.en or self.zh
        if lang == "both" and self.en:
            return f"{self.zh}\n{self.en}"  # two lines of one cell; one line when piped
        return self.zh
