"""Dutch misses of the session-15 blind refresh (issue 12), fixed in general form in the Dutch pack: each
sign is tested in other words than the blind texts, with hard negatives that must stay as they are. Every
positive here read something else before these readings."""
import pytest

from bot.reading.redflags import find_red_flags

POSITIVES = [
    # ---- nearly tripped or slipped, or a stumble caught in time: no fall, no trauma ----
    ("ik ben vanmorgen bijna over een losliggende tegel gestruikeld", {}),
    ("was haast gestruikeld op de trap naar de kelder", {}),
    ("ik ben bijna uitgegleden op de natte vloer", {}),
    ("mijn voet sleept en ik ben gisteren bijna gestruikeld", {"leg_weakness": "worsening"}),
    ("gestruikeld over de drempel maar niet gevallen", {}),
    ("ik ben gestruikeld maar kon me nog opvangen aan de tafel", {}),
    ("gestruikeld over een tak en kon me gelukkig nog vastgrijpen", {}),
    # ---- night pain: the nights the worst, lying however one wants and it stays, woken by it ----
    ("s nachts is het ergste", {"night_pain": True}),
    ("het ergste is s nachts", {"night_pain": True}),
    ("snachts is t ergste, overdag valt het mee", {"night_pain": True}),
    ("ik kan liggen hoe ik wil, op mijn buik, op mijn zij, het gaat niet weg", {"night_pain": True}),
    ("ik mag liggen zoals ik wil, niks helpt", {"night_pain": True}),
    ("ik word er elke nacht wakker van", {"night_pain": True}),
    ("ik werd der vannacht weer wakker van", {"night_pain": True}),
    ("ik word ervan wakker", {"night_pain": True}),
    # ---- a past fever told as gone now, a few words between ("dat is nu helemaal weg"): not a fever now ----
    ("had vorige week koorts maar die is nu weg", {}),
    ("twee weken geleden 39 graden koorts gehad, die is gelukkig volledig weg", {}),
    ("ik had koorts toen ik griep had maar het is intussen helemaal gezakt", {}),
    ("vorige week koorts gehad, is intussen helemaal over", {}),
    # ---- twins of the other languages' misses, told in Dutch ----
    # "an accident in my pants" (e4): soiling or wetting, never a fall
    ("ik had een ongeluk in mijn broek", {"bladder_bowel": True}),
    ("vannacht een ongeluk in bed gehad, niet gevoeld", {"bladder_bowel": True}),
    ("een ongeluk in mijn onderbroek, ik voelde het niet komen", {"bladder_bowel": True}),
    ("ik heb een ongeluk gehad in mijn nieuwe broek", {"bladder_bowel": True}),
    # standing on the toes or heels told day by day (f4)
    ("maandag lukte het nog om op mijn hielen te lopen, nu gaat het met moeite", {"leg_weakness": "worsening"}),
    ("vorige week kon ik nog op mijn tippen staan, nu niet meer", {"leg_weakness": "worsening"}),
    ("gisteren ging het nog om op mijn rechter tenen te gaan staan, vandaag is het onmogelijk",
     {"leg_weakness": "worsening"}),
    # woken by it whatever the position, pacing till the morning (f5)
    ("s nachts werd ik er wakker van, op mijn buik, op mijn zij, in de zetel, niks helpt", {"night_pain": True}),
    ("ik loop rond tot de ochtend van de pijn", {"night_pain": True}),
    ("s nachts loop ik rond in huis", {"night_pain": True}),
    ("ik draai rondjes tot het licht wordt", {"night_pain": True}),
    # nothing felt down there during sex, "er onderaan", Flemish "vanonder" (f2)
    ("bij de seks voelde ik onderaan niks", {"saddle_numbness": True}),
    ("bij het vrijen voel ik vanonder niks meer", {"saddle_numbness": True}),
    ("bij de seks met mijn man voelde ik er beneden helemaal niks meer", {"saddle_numbness": True}),
    # the seat that is not one's own (f1)
    ("alsof het niet mijn kont is als ik op de wc zit", {"saddle_numbness": True}),
    ("het is alsof het niet mijn poep is", {"saddle_numbness": True}),
    ("het voelt niet als mijn eigen billen", {"saddle_numbness": True}),
]

NEGATIVES = [
    # a trip that started the pain, or a fall after the stumble, stays a trauma
    ("gestruikeld over de hond, nu rugpijn", {"onset": "trauma"}),
    ("bijna twee weken geleden gestruikeld en sindsdien rugpijn", {"onset": "trauma"}),
    ("bijna een week geleden uitgegleden op het ijs", {"onset": "trauma"}),
    ("gestruikeld en gevallen op mijn rug", {"onset": "trauma"}),
    ("bijna gestruikeld en toen toch gevallen op mijn stuit", {"onset": "trauma"}),
    # lying however one wants, with nothing wrong said, is no night pain; pain on turning is mechanical
    ("ik kan liggen hoe ik wil, geen pijn", {}),
    ("ik kan liggen hoe ik wil", {}),
    ("ik word er niet wakker van", {}),
    ("overdag is het ergste, s nachts gaat het", {}),
    ("als ik op mijn zij lig doet het pijn", {}),
    # a fever now, or one that came back, stays a fever
    ("ik heb koorts maar dat is nu helemaal weg", {"fever": True}),
    ("ik heb sinds gisteren koorts, het is nu even weg", {"fever": True}),
    ("had vorige week koorts maar die is nu weg, nu is ze terug", {"fever": True}),
    # an accident elsewhere stays a trauma
    ("had een ongeluk op de snelweg", {"onset": "trauma"}),
    ("had een klein ongeluk in de badkamer, uitgegleden", {"onset": "trauma"}),
    # toes or heels that still work, walking about by day
    ("gisteren kon ik op mijn tenen staan en vandaag ook, geen probleem", {}),
    ("vanmorgen kon ik op mijn tenen staan zonder moeite, niks aan de hand", {}),
    ("vorige week kon ik nog op mijn tenen staan, nu kan ik dat nog altijd", {}),
    ("overdag loop ik rond in de stad", {}),
    ("ik loop rond tot de middag", {}),
    ("soms word ik er wakker van als ik me omdraai", {}),
    # "onderaan" of the back or the foot is no saddle; "als" alone is "if"
    ("onderaan mijn rug voelt het doof", {}),
    ("vanonder in mijn voet is het doof", {}),
    ("mijn rug doet onderaan pijn", {}),
    ("als het niet mijn kont is, wat is het dan", {}),
    ("het voelt niet als mijn kont die pijn doet maar mijn heup", {}),
    # numbness said to be gone is still asked about (no change here)
    ("mijn poep was doof vorige week maar dat is nu helemaal weg", {"saddle_numbness": True}),
]


@pytest.mark.parametrize("text,expected", POSITIVES + NEGATIVES)
def test_refresh15_dutch_readings(text, expected):
    assert find_red_flags(text) == expected
