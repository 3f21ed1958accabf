"""Session 25, helper Y, after the blind refresh 37/23 scored once: a missed numb buttock and three false alarms.

1. One buttock told dead, numb or asleep with a simile, in words the area list did not hold: the Dutch compounds
   "linkerbil", "rechterbil", "bilhelft", "kontje"; the English "glute", "my rear", "hiney", "gone to sleep", "like a lump
   of wood"; the French "popotin", "comme du bois", the area taken up after a comma by a comparison ("ma fesse gauche, on
   dirait qu'elle dort"). Kept: a buttock that only hurts, a numbness denied, "cant go to sleep", "rear-ended".
2. A form's or a card's sign asked about, or a doctor's warning ("if you get X go straight to hospital"), then denied
   plainly: no sign of the person's ("the questionnaire asks about ...", "op de vragenlijst vragen ze of ...", "le
   formulaire demande si ..."; "my nurse told me if ...", "de fysio heeft gezegd als je ...", "mon kine m'avait prevenu :
   si ..."). Kept: the sign owned after the question or the warning.
3. A fever told over, then a page read about an infection with fever, told without "that" ("read on a forum ...",
   "op google gelezen ...", "lu sur google ..."): the page's fever is hearsay, the person's own is over. Kept: a fever now,
   a fever back tonight, a read fever denied."""

from bot.reading.redflags import find_red_flags
from tests.support.reading_round import reading_round

SADDLE = {"saddle_numbness": True}
FEVER = {"fever": True}

CHANGED = [
    # 1. one buttock dead, numb or asleep, with a simile
    ("my left glute feels dead, like after a long drive", SADDLE),
    ("the right side of my bum has gone to sleep since yesterday and wont wake up", SADDLE),
    ("my bum cheek feels like a lump of wood on the left", SADDLE),
    ("my rear feels dead on the right side since the weekend", SADDLE),
    ("mijn linkerbil voelt sinds gisteren als hout", SADDLE),
    ("mn rechterbil slaapt al de hele ochtend, vreemd", SADDLE),
    ("mijn rechterbilhelft is doof sinds het weekend", SADDLE),
    ("mijn kontje voelt dood aan, al twee dagen", SADDLE),
    ("ma fesse gauche, on dirait qu'elle dort depuis ce matin", SADDLE),
    ("ma fesse droite est comme du bois depuis deux jours", SADDLE),
    ("ma fesse gauche, j'ai l'impression qu'elle est morte", SADDLE),
    ("mon popotin est comme mort a droite", SADDLE),
    # 2. a form's sign asked, a doctor's warning, then denied
    ("The questionnaire asks about numbness around the bottom when wiping, what is that about? I don't have anything like "
     "that, I can feel everything normally.", {}),
    ("on the card it asks about a numb bum or groin. nothing like that for me, all normal", {}),
    ("The form asks if I have numbness in the saddle area. No, I feel everything fine down there.", {}),
    ("years ago a nurse told me if you get numb where you sit you go emergency quick. what is this meaning? for me i only "
     "have back pain after football", {}),
    ("Het formulier vraagt naar gevoelloosheid rond het zitvlak bij het afvegen, wat bedoelen ze daarmee? Zoiets heb ik "
     "niet, ik voel alles gewoon.", {}),
    ("op de vragenlijst vragen ze of je een doof gevoel hebt rond je billen. heb ik niet, alles normaal daar", {}),
    ("de fysio heeft ooit gezegd als je een doof kruis krijgt moet je meteen naar de spoed. wat houdt dat in? ik heb "
     "alleen last van mijn onderrug", {}),
    ("Le formulaire demande si j'ai une perte de sensibilite au niveau des fesses quand je m'essuie, ca veut dire quoi ? "
     "J'ai rien de tout ca, je sens tout normalement.", {}),
    ("le questionnaire parle d'engourdissement entre les jambes, c'est quoi exactement ? moi je sens tout, aucun souci", {}),
    ("Mon kine m'avait prevenu : si t'as le perinee insensible, tu fonces aux urgences. Je comprends pas bien, j'ai juste "
     "mal au dos.", {}),
    # 3. a fever over, then a page read about a fever
    ("Fever of 38.7 over the weekend with a cold, gone since Tuesday and I'm back at work. Googled lower back pain plus "
     "fever, spinal infection came up, bit worried.", {}),
    ("had a temperature of 38 for a couple of days last week, all gone now, feeling normal. read on a forum back pain with "
     "fever can be an abscess, should I worry?", {}),
    ("had a temperature with covid a fortnight ago, long gone now. looked up kidney infection with fever, is that a thing "
     "for back pain?", {}),
    ("Had begin deze maand een paar dagen koorts door een verkoudheid, dat is helemaal weg, ik voel me weer fit. Op google "
     "gelezen wervelontsteking met koorts, moet ik me zorgen maken?", {}),
    ("koorts gehad van de griep, nu al een week niks meer, temperatuur normaal. las op een forum rugpijn met koorts kan "
     "een abces zijn, eng", {}),
    ("vorige week 38,5 gehad, dat is over, ik voel me goed. gegoogeld infectie van de rug met koorts en nu ben ik bang", {}),
    ("j'ai eu de la fievre il y a 10 jours mais c'est passe, je me sens bien. lu sur google spondylodiscite avec fievre, "
     "ca m'inquiete", {}),
    ("J'ai fait 38,5 de fievre avec un rhume le week-end dernier, c'est fini, plus de fievre. J'ai cherche sur internet "
     "mal de dos avec fievre et je tombe sur infection, j'ai peur", {}),
    ("la fievre de ma grippe est partie depuis lundi, je vais bien. vu sur un forum abces du dos avec fievre, je stresse",
     {}),
]

KEPT = [
    # 1. neighbours: a buttock that hurts, a numbness denied, sleep, a car
    ("my bum hurts so much i cant go to sleep", {}),
    ("did glute bridges yesterday and my back is sore", {}),
    ("got rear-ended at the lights, now my back hurts", {"onset": "trauma"}),
    ("my left bum cheek has gone dead", SADDLE),
    ("the rear seat of the car is too hard, my back aches", {}),
    ("mijn linkerbil doet pijn sinds het sporten", {}),
    ("mijn rechterbil voelt niet doof, alleen pijnlijk", {}),
    ("mijn linker bil voelt dood aan", SADDLE),
    ("mijn linkerbeen is doof van de bil tot de voet", {}),
    ("ma fesse, elle me fait mal depuis lundi", {}),
    ("ma fesse droite, on dirait qu'elle est pas engourdie, juste douloureuse", {}),
    ("ma fesse gauche est comme morte", SADDLE),
    ("mon popotin me fait mal", {}),
    # 2. the sign owned after the question or the warning
    ("The form asks about numbness around the saddle area. Yes, I do have that, my bum has been numb since Monday.", SADDLE),
    ("my doctor said if i get numbness down below go to A&E, and now my bum is numb", SADDLE),
    ("my doctor said that my back pain is muscular", {}),
    ("het formulier vraagt naar een doof gevoel rond de anus. dat heb ik wel, sinds maandag voelt mijn kont doof", SADDLE),
    ("de huisarts zei dat het spierpijn is", {}),
    ("de dokter zei als je een doof gevoel rond je kont krijgt direct naar spoed, en nu voelt mijn kont doof", SADDLE),
    ("le formulaire demande si j'ai les fesses engourdies. oui, depuis lundi mes fesses sont engourdies", SADDLE),
    ("le medecin m'a dit si tu as les fesses engourdies tu vas aux urgences, et la j'ai les fesses engourdies", SADDLE),
    ("le docteur a dit que c'est musculaire", {}),
    # ... a doctor's "that" alone is a finding told, no warning
    ("de huisarts heeft gezegd dat het zadelanesthesie is, wat is dat precies?", SADDLE),
    ("le medecin a dit que c'est une anesthesie en selle, c'est quoi ?", SADDLE),
    # 3. a fever now or back, a read fever denied
    ("had a fever last week, gone now. read online spine infection with fever. fever again tonight", FEVER),
    ("read online spine infection with fever, i have a fever now", FEVER),
    ("read online that fever with back pain is serious, i don't have a fever", {}),
    ("vorige week koorts gehad, nu weg. las op internet infectie met koorts. vannacht weer koorts", FEVER),
    ("las op internet infectie met koorts, ik heb nu koorts", FEVER),
    ("op internet gelezen dat koorts met rugpijn gevaarlijk is, ik heb geen koorts", {}),
    ("la semaine passee de la fievre, c'est fini. lu sur internet infection avec fievre. ce soir la fievre est revenue", FEVER),
    ("lu sur internet infection avec fievre, et j'ai de la fievre depuis hier", FEVER),
    ("j'ai lu sur internet que la fievre avec mal de dos c'est grave, moi pas de fievre", {}),
]

test_changed, test_kept = reading_round(find_red_flags, CHANGED, KEPT)
