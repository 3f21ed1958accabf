"""English misses of the session-15 blind refresh (issue 12), and the English twins of the Dutch and French
misses, fixed in general form: each sign in other words than the blind texts, with hard negatives that must
stay as they are. Every positive here read something else before these readings."""
import pytest

from bot.reading.redflags import find_red_flags

POSITIVES = [
    # ---- an accident in one's clothes or bed, "me" for "my" and a word before the place: soiling, no fall ----
    ("had an accident in me trousers on the way back from the shop, the brown sort, never felt a thing",
     {"bladder_bowel": True}),
    ("bit of an accident in me kecks at work, number one, only noticed when i stood up", {"bladder_bowel": True}),
    ("had an accident in my work trousers this morning and didnt feel it coming", {"bladder_bowel": True}),
    ("had a little accident all over the sheets last night, didnt wake up for it", {"bladder_bowel": True}),
    ("had an accident in me joggers in the queue at tesco", {"bladder_bowel": True}),
    # ---- twins of fr f4 / nl n4: an ability of the foot there before, gone now, told by the days ----
    ("monday i could still go up on my tiptoes, tuesday barely and today not at all", {"leg_weakness": "worsening"}),
    ("two days ago i could still stand on my left toes, yesterday only just and today i cant",
     {"leg_weakness": "worsening"}),
    ("last week i was able to get up on my right tiptoes, now i cant do it at all", {"leg_weakness": "worsening"}),
    ("on friday i could easily walk on my heels and now i can barely do it", {"leg_weakness": "worsening"}),
    # ---- twin of fr f1: the saddle told as not one's own or as after the dentist, without "feels" ----
    ("sitting on the toilet seat its like its not my bum", {"saddle_numbness": True}),
    ("on the loo seat its like my backside isnt mine", {"saddle_numbness": True}),
    ("when i sit on the loo seat its like its not even my bum", {"saddle_numbness": True}),
    ("like after the dentist but down below", {"saddle_numbness": True}),
    ("down below its like coming out of the dentist", {"saddle_numbness": True}),
    ("my bum and inner thighs are like after a trip to the dentist", {"saddle_numbness": True}),
    # ---- twins of nl n2 / fr f5: every way of lying tried at night, the pain stays ----
    ("at night its the worst, i can lie however i want, on my side, on my front, it doesnt go away",
     {"night_pain": True}),
    ("i can lie any way i like at night, on my back or on my side, it just doesnt ease off", {"night_pain": True}),
    ("at night i can lie any way i want and it doesnt go away", {"night_pain": True}),
    ("at night it doesnt go away whatever way i lie", {"night_pain": True}),
    # ---- twin of fr f2: straining told by how long, the stream that does not come ----
    ("this morning i had to push forever to pee", {"bladder_bowel": True}),
    ("had to push for ages to wee this morning", {"bladder_bowel": True}),
    ("i have to strain for an eternity to pee now", {"bladder_bowel": True}),
    ("this morning the stream just wouldnt come", {"bladder_bowel": True}),
    ("on the loo for ages and my flow wont start", {"bladder_bowel": True}),
    # ---- the Scots of e2 ("doon ma leg", "cannae"): the signs told in Scots are read as in English ----
    ("ah cannae feel ma bum when ah wipe", {"saddle_numbness": True}),
    ("cannae feel a thing doon there since yesterday", {"saddle_numbness": True}),
    ("ah've wet masel an didnae feel it", {"bladder_bowel": True}),
    ("ah cannae pee, been tryin aw mornin", {"bladder_bowel": True}),
]

NEGATIVES = [
    # an accident somewhere else is still a trauma
    ("had an accident at work, fell off a ladder", {"onset": "trauma"}),
    ("had an accident in the car on monday", {"onset": "trauma"}),
    ("had an accident in the car park, a van reversed into me", {"onset": "trauma"}),
    ("had an accident on my bike in the new cycle lane", {"onset": "trauma"}),
    ("had an accident in my new car", {"onset": "trauma"}),
    # the foot still able, or a walk limited by pain, is no failing foot
    ("i could still stand on my toes last week and i still can today", {}),
    ("i could still stand on my toes this morning, now its fine too", {}),
    ("yesterday i could still stand on my toes, today i cant walk far because of the pain", {}),
    # a sore tooth after the dentist, a stiff back "not mine", a cold seat: no saddle sign
    ("my tooth is sore like after the dentist", {}),
    ("like after the dentist but in my jaw", {}),
    ("its like its not my back anymore, so stiff", {}),
    ("the toilet seat is cold, its like that every morning", {}),
    ("its like my bum isnt sore anymore", {}),
    # lying any way without pain, or pain only when turning, is no night pain
    ("i can lie however i want, on my side or back, and it doesnt hurt at all", {}),
    ("i can lie any way i like and the pain goes away", {}),
    ("it only hurts at night when i turn over onto my side", {}),
    ("it doesnt go away when i lie down on my back", {}),
    # ---- twins of fr f9 / nl n6: a relative's numbness told with "he" or "she" is not the patient's ----
    ("my brother had an op for cauda equina, he couldnt feel anything down below", {}),
    ("my sister had a slipped disc, she couldnt feel a thing down there for weeks", {}),
    ("my dad had it years ago, he had no feeling around his back passage, not me thankfully", {}),
]

PUSHING_ELSEWHERE = [
    # pushing or a stream that are not the bladder's
    ("i had to push forever to get the car started", {}),
    ("had to push hard to get up the hill on my bike", {}),
    ("the midwife told me to push really hard to deliver the baby", {}),
    ("the live stream wouldnt start on my phone", {}),
    ("my stream is fine, it comes straight away", {}),
]

SCOTS_DENIALS = [
    # a sign denied in Scots is denied
    ("ah dinnae have a temperature", {}),
    ("nae fever, ah'm no hot", {}),
    ("ma bum isnae numb, just sore", {}),
    ("ah didnae fall, just bent doon", {}),
]

STAY_FLAGGED = [
    # ... but the patient's own numbness, or a message typed for that person, still is
    ("my brother had it, he couldnt feel down there, and now i cant either", {"saddle_numbness": True}),
    ("typing this for my dad, he cant feel anything down below since yesterday", {"saddle_numbness": True}),
    ("my husband says im numb down there now", {"saddle_numbness": True}),
    ("he says i cant feel my bum when he pinches it", {"saddle_numbness": True}),
    ("last night with the hubby couldnt feel a thing down there", {"saddle_numbness": True}),
]


@pytest.mark.parametrize("text,expected", POSITIVES)
def test_signs_told_in_other_words_are_read(text, expected):
    assert find_red_flags(text) == expected


@pytest.mark.parametrize("text,expected", NEGATIVES + PUSHING_ELSEWHERE + SCOTS_DENIALS + STAY_FLAGGED)
def test_look_alikes_stay_as_they_were(text, expected):
    assert find_red_flags(text) == expected
