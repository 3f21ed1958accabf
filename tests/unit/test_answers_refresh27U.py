"""Session 27 (helper U): onset, weight and age answers, fixed as kinds in en, nl and fr, in other words than the blind
messages.

1. onset sudden_movement: the moment told without a lifting verb the packs knew: a "zing" in the back, "one minute I
   was fine", hauling or lugging a thing out of a van or a truck; nl "in een tel", "van het ene moment op het andere";
   fr "d'une seconde à l'autre", "j'ai senti un truc partir / lâcher". Kept: "fine" without "one minute", a gradual
   onset, "en une seconde" alone.
2. onset trauma: gone over backwards and landed on the back ("klapte achterover", "kwam op mijn stuit terecht"), thrown
   off a horse or a bike ("eraf gevlogen", "afgeworpen", "thrown from", "éjecté", "désarçonné", "parti à la
   renverse"). A slip of the horse or the bike does not make it a movement. Kept: "achterover zitten / leunen", "lag op
   mijn rug", "terecht bij de kinesist".
3. weight_loss: a "without a reason" word denied just before it ("niet vanzelf", "not by itself", "pas tout seul") is
   no "without trying": weight lost on purpose stays False. Kept: "ging vanzelf", "no not on purpose" (asked again),
   a negation further away ("at niet minder, ging vanzelf").
4. age_band: a two-digit birth year followed by a full stop ("born in 98. my back ...", "né en 98.") was read as the
   age 98; it is the year (1998 -> 20_44). Kept: a decimal after it, a plain age.
"""
from datetime import date

from bot.reading.answers import parse_answer
from tests.support.reading_round import reading_round

TODAY = date(2026, 12, 1)

CHANGED = [
    # 1. the sudden moment
    (("onset", "felt a zing down my back while I was at work"), "sudden_movement"),
    (("onset", "one minute I was fine, the next I could hardly walk"), "sudden_movement"),
    (("onset", "I was lugging the dog crate out of the truck"), "sudden_movement"),
    (("onset", "was hauling the cooler out of the van"), "sudden_movement"),
    (("onset", "in een tel zat alles vast, ik stond in de keuken"), "sudden_movement"),
    (("onset", "van het ene moment op het andere kon ik me niet meer rechtzetten"), "sudden_movement"),
    (("onset", "van de ene seconde op de andere was het raak"), "sudden_movement"),
    (("onset", "d'un instant à l'autre je pouvais plus bouger"), "sudden_movement"),
    (("onset", "au boulot, j'ai senti quelque chose lâcher en bas du dos"), "sudden_movement"),
    (("onset", "j'ai senti un truc craquer dans le bas du dos au travail"), "sudden_movement"),
    # 2. a fall backwards, thrown off
    (("onset", "thrown from my bike on the descent"), "trauma"),
    (("onset", "ik ging achterover op het natte gras"), "trauma"),
    (("onset", "kwam op mijn billen terecht op de ijsbaan"), "trauma"),
    (("onset", "mijn fiets slipte weg en ik ben eraf gevlogen"), "trauma"),
    (("onset", "de pony heeft me afgeworpen bij de les"), "trauma"),
    (("onset", "éjectée de mon scooter au rond-point"), "trauma"),
    (("onset", "je me suis fait désarçonner par la jument"), "trauma"),
    (("onset", "sur le verglas je suis partie à la renverse"), "trauma"),
    # 3. a "without a reason" denied
    (("weight_loss", "lost 6 kg, not by itself, I was on a diet"), False),
    (("weight_loss", "yes 4 kilos but deliberately, never by itself"), False),
    (("weight_loss", "5 kilo kwijt, maar bewust, het ging niet vanzelf"), False),
    (("weight_loss", "ja 3 kilo, dat is express, niet zomaar"), False),
    (("weight_loss", "j'ai perdu 5 kilos, c'est exprès, pas tout seul"), False),
    (("weight_loss", "oui 4 kg mais volontairement, pas tout seul hein"), False),
    # 4. a birth year then a full stop
    (("age_band", "born in 99. work in a warehouse"), "20_44"),
    (("age_band", "born in 01. i lift all day"), "20_44"),
    (("age_band", "geboren in 97. ik werk in de bouw"), "20_44"),
    (("age_band", "bouwjaar 88. rug op slot"), "20_44"),
    (("age_band", "ik ben van 95. werk in de zorg"), "20_44"),
    (("age_band", "née en 96. je suis caissière"), "20_44"),
    (("age_band", "je suis de 99. je bosse au marché"), "20_44"),
]

KEPT = [
    # 1.
    (("onset", "I was fine until a few weeks ago, it crept up"), "gradual"),
    (("onset", "lifted a box and felt it go"), "sudden_movement"),
    (("onset", "it came on slowly over months"), "gradual"),
    (("onset", "het kwam geleidelijk, geen idee waarom"), "gradual"),
    (("onset", "ik tilde een krat bier en toen schoot het erin"), "sudden_movement"),
    (("onset", "c'est venu petit à petit"), "gradual"),
    (("onset", "en soulevant un carton"), "sudden_movement"),
    # 2.
    (("onset", "I fell off my bike"), "trauma"),
    (("onset", "ik zat achterover geleund en het begon geleidelijk"), "gradual"),
    (("onset", "ik lag op mijn rug en het kwam vanzelf"), "gradual"),
    (("onset", "ik ben uiteindelijk terechtgekomen bij de kinesist"), None),
    (("onset", "ik ben van de trap gevallen"), "trauma"),
    (("onset", "je suis tombée dans l'escalier"), "trauma"),
    (("onset", "je me suis penché en arrière pour attraper un truc"), "sudden_movement"),
    # 3.
    (("weight_loss", "yes 4 kilos, it just went by itself"), True),
    (("weight_loss", "no not on purpose"), None),
    (("weight_loss", "ja 4 kilo, ging vanzelf"), True),
    (("weight_loss", "ik at niet minder, ging vanzelf"), True),
    (("weight_loss", "nee, niet bewust"), None),
    (("weight_loss", "j'ai perdu 5 kilos tout seul"), True),
    (("weight_loss", "oui, pas fait exprès"), True),
    # 4.
    (("age_band", "born in 98"), "20_44"),
    (("age_band", "I'm 58. my back hurts"), "45_69"),
    (("age_band", "geboren in 98"), "20_44"),
    (("age_band", "bouwjaar 1960"), "45_69"),
    (("age_band", "ik ben 72."), "70_plus"),
    (("age_band", "je suis né en 98"), "20_44"),
    (("age_band", "j'ai 81 ans."), "70_plus"),
]

test_changed, test_kept = reading_round(lambda case: parse_answer(case[0], case[1], TODAY), CHANGED, KEPT)
