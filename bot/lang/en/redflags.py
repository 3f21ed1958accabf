"""English cue words for the red-flag reader (bot/reading/redflags.py): lower case, no
accents, apostrophes already gone ("can't" -> "cant").

Every pack provides the same names (an empty tuple where the language has
none).  The patterns of the red flags live here too, as regex templates whose
"{NAME}" slots the engine fills with every pack's words (see below).
"""

#: a negation's scope goes on over a list: "not doing any diet or gym" (the gym is negated too)
NEGATION_LIST_WORDS = ("or", "nor")
#: negation words: a finding after one of these (within a few words) is denied
NEGATIONS = frozenset(
    """no not dont doesnt didnt havent hasnt hadnt isnt arent wasnt werent wont
    wouldnt shouldnt never without nor neither none nothing nobody denies denied
    nope nah
    doh doan ent eint cyah cyaa""".split()  # Caribbean dont, isnt, cant (session 24T)
)
#: contrast and clause words: they end a negation's scope and split segments
CONTRAST = frozenset(
    """but though although however except besides now because whereas since then
    after until till anyway""".split()
)
#: contrast words that are adverbs right after a verb, inside one clause ("my bum is now numb",
#: "both legs have since gone weak"): there they join the verb and the sign
ADVERBS_AFTER_VERB = frozenset("now since then".split())
VERBS_BEFORE_ADVERB = frozenset(
    """is are was were am be been its theyre has have had hasnt feels feel felt get gets got gone went
    goes become becomes""".split()
)
#: words that only end a negation's scope (no split)
SCOPE_STOPS = frozenset("why how what where which who that".split())
#: joining words: split segments, but a negation may reach across a list
JOINS = frozenset("and plus n".split())
#: words before a sign word joined by "and" to a past sign (session 33E, engine _past_by_join): "had a fever and the chills"
SIGN_JOINED_FILLERS = frozenset("a an the some bad terrible awful cold high".split())
#: the only words of a fever's clause told as a bare list after a comma (session 34R, engine _bare_sign_clause): "had a kidney
#: infection in october, fever and all", "our mare has strangles, 40 degrees fever" (the clause before it is the one told)
SIGN_LIST_WORDS = frozenset("a an the some high very bad proper raging with for about around nearly almost days day nights degrees all".split())
#: "can't walk", "can't sleep": the negation belongs to the verb, not to a flag
NEGATED_VERBS = frozenset(
    """sleep sleeping slept walk walking sit sitting stand standing move moving
    work working bend bending lie lying rest get
    ease eases easing settle settles help helps
    far""".split()
)
#: words between a negation and such a verb ("can't really walk")
VERB_FILLERS = frozenset("more well really very too that so".split())
#: words that may surround a finding in a bare list item ("or sweats")
LIST_FILLERS = frozenset("or nor any either".split())
#: words that may follow a bare "no" that answers the question before
#: ("no, I ..."): the "no" is its own sentence
INTERJECTION_NEXT = ("i", "im", "ive", "id", "my", "me", "it", "its", "we", "but", "just", "only",
                     "since", "now", "then", "there")  # fmt: skip
#: common phone typos, whole words
TYPOS = {
    "cnt": "cant", "cnat": "cant", "cannt": "cant", "feal": "feel", "feeel": "feel", "cancr": "cancer",
    "urin": "urine", "bladdder": "bladder", "blader": "bladder",
    # dialect "meself" is "myself" ("wet meself", "caught meself"), not a typo of the Dutch "mezelf"
    "meself": "myself",
}  # fmt: skip
#: a typo of another pack that is a word of this language, kept after these words of it (engine _typo_or_own): none
OWN_WORD_AFTER: dict = {}
#: SMS English, one token at a time ("" drops the token)
STREET = {
    "u": "you", "ur": "your", "r": "are", "cos": "because", "coz": "because", "cuz": "because", "bc": "because",
    "bcos": "because", "bcoz": "because", "becoz": "because", "becuz": "because", "tho": "though",
    "thru": "through", "yrs": "years", "wks": "weeks", "abt": "about", "dnt": "dont", "hv": "have",
    "burnin": "burning", "feelin": "feeling", "tryin": "trying", "gettin": "getting",
    "tbh": "", "lol": "", "lmao": "", "ngl": "", "omg": "", "smh": "", "pls": "", "plz": "",
    # Scots (issue 12): "ah cannae feel ma bum", "didnae feel it", "baith legs", "doon ma leg", "wet masel"
    "cannae": "cant", "canna": "cant", "couldnae": "couldnt", "cudnae": "couldnt", "didnae": "didnt",
    "dinnae": "dont", "doesnae": "doesnt", "disnae": "doesnt", "isnae": "isnt",
    "wasnae": "wasnt", "wouldnae": "wouldnt", "widnae": "wouldnt", "willnae": "wont", "wullnae": "wont",
    "havnae": "havent", "hivnae": "havent", "havenae": "havent", "shouldnae": "shouldnt",
    "nae": "no", "baith": "both", "doon": "down", "masel": "myself",
    # Scots (session 25Z): "ma legs keep gien oot", "ma twa legs", "worse ilka week" ("giein" in SPOKEN_PHRASES)
    "gien": "giving", "oot": "out", "twa": "two", "ilka": "every",
    # Scots (session 16b): "gone aw deid" is "gone all dead"
    "deid": "dead", "aw": "all",
    # Scots "cauld" = cold (session 31AM): "ma bum goes aw cauld n numb" (not a typo of "could")
    "cauld": "cold",
    # Scots "fae" is "from" (session 30W): "pins an needles fae the knees doon"
    "fae": "from",
    # Jamaican patois (session 19k): "pon di step"
    "pon": "on",
    # ... and "nutten work" (session 20a): nothing
    "nutn": "nothing",  # (the longer "nutten" is read in the night patterns: "nuttig" is Dutch)
    # Singlish and Malaysian English "kena" = got, the passive (session 30AC): "my taxi kena hit from behind", "kena bang by a lorry"
    "kena": "got",
    # Geordie and Scots (session 26B): "divvent feel it", "couldna feel it coming oot"
    "couldnet": "couldnt", "divvent": "dont", "couldna": "couldnt", "cudnt": "couldnt",
    # a word of its own, no dropped g of "thing" (session 26G): "i have become thin", "im getting thin"
    "thin": "thin",
}  # fmt: skip

#: Typo reading of content words: a token of 5+ letters one edit from a word of
#: the vocabulary is read as that word.  The vocabulary is every literal word of
#: 5+ letters in the red-flag patterns plus these (words the patterns only spell
#: in parts, "nu(?:mb|m)ness").
FUZZY_TARGETS = frozenset(
    """
    accident accidents bladder bottom buttocks cancer carcinoma chemotherapy chills crotch dragging
    fever feverish genitals incontinence incontinent kilos leukaemia leukemia lymphoma melanoma
    metastases myeloma numbed numbness paralysed paralyzed peeing privates radiotherapy saddle
    sarcoma shivering shivers slipped stumbled sweats temperature tingle tingled tingles tingling
    tingly tiptoes toilet tripped tumor tumour urinate urinating urine weaker weakness weight
    """.split()
)
#: Real words of the language one edit from a vocabulary word ("ladder",
#: "never", "wakker"): never changed.  Generated from the system word lists
#: (tests/unit/test_redflags_street.py::test_real_neighbours_are_complete).
REAL_NEIGHBOURS = frozenset(
    # "meself" is English ("caught meself": "myself", TYPOS), not a typo of the Dutch "mezelf"
    # "bloke" is a man, a partner (FAMILY, session 24T), not a typo of "broke"
    ["meself", "differences", "bloke", "blokes"] +
    """
    caulk
    petty practicably prettys
    toupee toupees
    allays amways elways
    afding dading deceasing doses faring faxing fazing gading hoses jading joses lading losers losss louses moses
    noses poses
    abashed ashed bagged bange bangerd banked barged based bashen bashes basked basted bathed bonged bunged
    dashed galloped ganged gashed hacked hashed humped lashed ranged sacked slacked smacker smocked snacked
    stacked straights stung thumbed trumped wallowed washed whacker
    angles anklets bailing banned bergens binged boasting boers boilings borers bowers bowling boxer
    boyers breezing broiling check checked chock chocked chuckled chucks chunk cluck clucked
    coasting couches douches engels fettles freeing freezings ginned infection injections insider
    insiders kettles manage manager manages manged mettles nettles pinned pouches rankles roosting
    seattles settees settle settled settler settlers shafts shift shifty shirts shrew shrifts shuck
    shucked sifts sinned swifts throe tinned toasting torches touche touched touchs vaccinations
    vaccines vouches
    boggy doggy foggy fouad fount smoggy
    barton biddle blank budging bugging bugling bulking bulling bunging carton clank diddle elastic
    elder fiddle flank gavel havel leader ledger lender leper lewder lexer meddle middles muddle
    naval navels naves novel piddle planck planks plans plant plastics plonk plunk ravel remained
    retained riddle seder shingle sicking slicking stacking stinking stocking theirs ticking waists
    waits whist wrist
    shopped smarting sopped staring starling starring startling starving stating stepped stepping
    stomped stomping stooped stooping stopper stropped stropping swopped topped
    abdomens abound barry baton beach beech beeton belay belch bella belle bells bellys benchs
    benton berras bested blanch blench bound brake branchs breton brooke brunch bully camry carey
    carly carrys chins clipping collapse collapses curry daunt detest doormat dragon eliding ellen
    fighter found garry gliding grunt harry haunt hegels hench hound jaunt jested larry lighted
    lighten lighters likens marry mound napped nested parry pinning preps presss preys ranch rested
    righter rotund serras seton shies shims shines shinning shiny shipping ships shits shuns sinning
    skinning skins skipping slicing slighter snipping sound spanning state stomachs stomp strata
    strep supports tammy tarry tasted tented terra terran terrans terris terrs terrys tester testes
    texted things thong tighter timmy trout tummys vaunt vested wench woken ypress
    bevel built chose clovers covens cover covert coverts covets coveys cowers deter dovers guilt
    hovers keven lovers meier meted meteor meters metes metier meyer miter movers muter overs peters
    petes quill quilts rovers seven tamps tempe tempi tempo tempos tempt tempts thees thermometers
    theses trebling
    bopping botch bringing chartering clattering close closed closer closes closest closets copping
    cringing dipping drippings finale finals fringing hopping lightest mopping notchs oldest
    rightest ringing shattering sheens sheeps sheers sheet shopping sipping soakings soaping soaring
    socking souping stopping supping swopping teethe tenth toddle toddled toddlers toddles topping
    winging wronging
    aloof alsop barbs bearing biped boole boone boozed boozer boozes boozy breads break breed brink
    broad budding butting caras cards cares caribs carls carps carrs carys catting chick chocolates
    class coffees coffer coffey crabs crimps crises crisis crisp crispy curbs cuttings diner dinned
    dinners dread drinks fearing garbs gearing gelatin gelatines gelatins glads glasss glassy gloss
    grass hearing iphone issue juiced juicer juices juicy jutting keyboards klein kleins kline
    knacks laptops leading leafing leaping leasing leaving lubber nearing neuter nutting padding
    paine pains peaking perter pester peter pewter phoned phones phoney phony piped plaint podding
    prone propel propers prosper puddings puddling putting rearing rhone robber rubbed rubbers
    rubbery rubier rutting searing sheets shone skeets sleets snack snarks steal sugars sugary
    sweeps swiped tearing thicks tissues toffee tread trick tweets vegan wearying weaving wined
    wiper wipes
    dimes goads limes loafs loams loans lords loyds mimes rimes roads severals tames tides tikes
    tiles timers timex timexs tines toads trice
    crops droops dropsy flatten hinge hinged hinges props smarten
    abbys achier acing acting acuter adder adders addle adele aground aiding aired alcohols alder
    alders allen aloft aloud amber ameer ampere ampler anaesthesias anaesthetics andes andess andre
    andres anesthesias anesthetic anger angers angle ankles anklet anther anythings arching aress
    aright arise around ashing assaulter avery awaked awaken awakes awaking aware awhile awoke babes
    backsides backslide badder baden badens bakes baking baleen balled ballet balling balzac banded
    banes bangs banker bankers banting barley barth barts basely bases basting batch batches
    batching bather bathrooms bating batten batter beaker beaks beaning beans beater beating becomes
    beeping beeps befallen befalling began begat behinds beige beings believed believer believes
    bellow belly benet benin berger bering berth beside betide betting bevelling bicycled bicycles
    biding bight bights billed billet billow billy binder binds binned birch births bitten blabs
    blahs blander blats bleep bling blinker blinks blond bloods bloody bloom blower bodes boeing
    boiled boiling boles bolls bonds boned boner boners boney bongs bonns bonos bonus booed booing
    boones boors borden borer bores borks boses bosom bossing bother botox bottoms bounds bowed
    bowell bowels bowen bower boxen boxes boyfriends bragged bragging braise braised brash brechts
    bride brier bright brine bring brock broke broken broker brood brook brothel brothers bumble
    bumbled bunch bunched bunin bunny bunts burned burns burping burring burts burying bushed
    bushing buster busts butte buttes button caches caching cackle cackled caddy cakes caking called
    calling calve calved camper cancel cancers canker cankers cannon canny canter canting cants
    caper carcinomas carmen carnot carts carves cased cases cashed casting catcher catchers
    catchings catchs catchy cater cather caves caving ceases chain chairs champ chanced chancel
    chances chancing chancy chang changed changes changs chanting charge charging chemotherapys
    childrens childs chile chiles chili chilis chill chilli chillis chilly chink choir chubby cinder
    clair clamp clams clanging clapped clapper clapping clash clashed clause clauses clean clears
    cleat clinker clinks clipped cloches clopped clopping closing clothe clothed clothos cloths
    clouds cloudy clout coccyxs codes coding coiled coiling cokes coking coles colitiss colleagues
    college collide collides collisions colluded collusion comas combing combs comer comers comet
    comets comfortably comings comma comos comtes cones constants contiguous continua continue
    controls cooed cooing cooped cooping coors copes coping cores coring corks cotes cottons cousins
    coven coves cower cowing cramps crams cranny crashes crashs crass cress cried crimp cropped
    cropping crotchs crouch crowing crush crushed crutch crying cuffing cunning curing curtain curts
    cushions custer dacha daddys damper dancer dander danders dandy danger danker danny dante daren
    daring darken darning darren darts dating daughters dding deafness dealt deans dearness death
    deceased decrease decreases decree decrees deduced deeded deeding deeds deeps deleon demand
    denis dense detention dibble dibbles dieted dieter diets difficultys dijon dilly dinker dinner
    dissed dissing dither diving doings doling dolled dolling dolls domes doming donner doors doping
    dorks dosing doting dowel dozing drank drano dregs dregss drenches dresss dressy drews dribbled
    dribbler dribblers dried dripped dripping drips drooped drooping dropper droppings dross drugged
    drugging drunken drying dubbed duding dumber dumbness dummy dunne dunned dunnes dunning dunns
    duping duress duster dying dysfunctions eager earning eased easel easels easing easts eaten
    eater eaves edger eerier efforts eight eights elams elating elbes elbows elevate elevates elises
    elsas elsies elves emery emission empress emptys enable endued ensure entice entirety erases
    ernst erses erupt esther estrange ether ethers evert expires explanations expresss extras eying
    fabled faces facing faecess failed failing faint fakes faking families familys fancy fangs
    fannys farces farther farting farts fasten fathers fating fatness fatten fatter feasting feather
    fecess feeding feeds feelings felled felling fells fences fended fetes fewer fezes fiats fiefs
    field fiend fight fights filets filled filling filly finder finds finks finny fired firth fists
    fitnesss fitting fiver flapped flapper flapping flaps flatt flipped flipping flippy flood floors
    floppys flour flower flying foiled foiling fonder foosball footballs footfall forks forts founds
    franny frets fried friends fright frond fronts frost fruit frying fueling fuels fulled fulling
    fumble fumbled fundy funky funner funnys gaines galled galling gamer gander ganders gangs garden
    garote gases gassing gather gating geeing geeks geffen generals genes genet genitalias gestapo
    gibing girlfriends girls girth givens gives gladder glade gland glower glowing goings goose
    goring gorse gould grace graded grader grades grads grady grain grainy grams grandads granddads
    grandfathers grandmas grandmothers grandpas grannys grape grasps grate grave graven graze
    gribble gribbles gripped gripping grips groan groins groom grope groping grounds grout grove
    growling grown guesss guest guests gummy gunner gunning gunny gushed gushing gutting haass
    hackle hakes haling halves halving hamper handed hands hanged hanger hanging hangmen hanker
    hankers hanks hanna hansen hanss happy harden harder hardily hardy hared haring harken harte
    harts hasten hasting hasty hatch hatches hatching hater hating hatter haven hawing haying hazing
    heady heaps heath heather heating heave heaving heavys heeded heeding heeds heeling heels heeps
    height helen hells helms helot hemps herder hiding highs hills hilly hinder hinds hings hired
    hissed hissing hither hitting hiving hoarse hobby holden holding homebody homes homing hones
    honesty hooding hoofed hoofs hooped hooping horde hording horne horsed horses horsey horsy
    hosing houdini hounding hounds house housing huangs hubbys humble humbled humor hunch hunched
    hungs hunting hunts hurds hurling hurls hurst hursts hurtling husbands hushed hushing hying
    inaner incontinences incredible indies infer influenzas insure inter intimated intimates islams
    jakes janna jeanss jeeps jehad jello jells jellys jetting jingle jingled jingles jingling jiving
    joans joint jolly jones juans jumble jumbled juster kants keeling keels keening keens keepings
    kelly kelps kemps khmer kicker kickers kills kilns kilograms kilts kinder kindle kinds kingly
    kinked kinks kissed kissing kitten klees knack kneed kneel kneels knickerss knight knights
    knocker knockers knocks knowings kooks korys kramer kurts labial lacing ladders laded lager
    lakes lamer lanced lancer lander langs lanker lanny lapped lapping larded larder larger lases
    lasing lassen lasting latch latches latching later lather latte latter lauded lauder laughter
    lawfully laying leads leafs leahs leaky leaning leans leaps lears leases leather leeds leeks
    legend leger legion legmen legree legrees leland lenten letter letting leukemias lever licked
    licks light lighter lights liker lilly linas linds linen liner lines linger linked lints linus
    lister lither littler littles liven living lodger logger lolled lolling lolls lomes loner longed
    looped looping loops loopy loosed loosen looser looses loosing loped lopes lopez loping lopped
    lopping loren loser louse lover loving lowed lowers lowery lowes lowing lowly lumber lunch
    lunched luring luster lyings lymphomas macing macks madder mahler makes making malign maligned
    maligns mamie manger manna marts massage massed massing master match matches matching mather
    mating matress matte matted mattel matters mattes mattresss maybes meanings means melanomas
    mended mender merger merit meshed messes metastasis might mights milder milne milos mince minded
    minds miner mingle mingled mingles mingling minks mired mirth missed misses missing misss missys
    mister mitten moaning modest moets moist molder molest molls molten momma mommys monger mooed
    mooing moors moose morse morts mothers motorbiked motorbikes motorcycled motorcycles motors
    mounds mover mower mumble mumbled mummys munch munched murine mushed mushing mussed muster
    mutter mutts nacho nachos nader naders nanny napier nappys natty needle needled needless
    needling needy neighbors neither nelly nerds netter netters netting never niche nicked nighty
    nightys nippy nodal nomes noose normal norse nosing notices novice nuder numbers oaken oases
    occident ocher odder oiled oiling oinks older oorts opine order others otter ouster outlasting
    outsider outsides outsize overlies paars pacino packing pacts paddle paddy pager paging pained
    paint paints pajamass palace paler paling palled palling pamper panamas pander panders panes
    pangs panier panting panty pantys papers papery paralyses paralyze paralyzes parcs pares paring
    paris parks parrs parsing particulars partners party partys passages passed passer passings
    pasting pasts pasty patch patches patching patent patients patter paunch pauper pause paused
    pauses pausing paving pawing payer paying peace peaks peeking peeks peeling peels peeping peeps
    peering peeving peking penas pended pends penes peniss penns person pertain petting phelps
    picked pieing pillows pinch pinched pinker pinks pints piper piping pisses pitting placed placer
    places placing plaice plane plants plaster plate plopped plopping plying points pointy poked
    poker poking poled poling polled polling polls ponder ponds pones poohed poohing pooled pooling
    popped popping pored poring porks ports posed poser posing positions positive positron possible
    pound powder powers praise praised precis precise precises preciss press priam priding pried
    primal primate primates prime primp print privater privatest privet problem programme programs
    prong property propped propping prying punches punchs punchy punning punts purposed purposes
    pusher pushes putts quiet quine quire quito quits quote racing radiations radiotherapys ragged
    ragging raided raiding railed railing rained raises rakes raking rally ramps ranger ranker
    rankle ranting rants rapier rarely rasher rathers rating raving realism realist realizes realty
    reasons recital recta rectums redden reduce reduces reeds reeks reeling reels regally regions
    reilly relieve relieved relives remand remissions rental restrooms retentions retentive revery
    richter ricing ricked ridding ridging ridings rights riling rills riming rinds ringling rinks
    ripped ripping rising riven roiled roiling roils roles roller rollins romes rotor rotten round
    rounds rowel rower rowing rowling rugbys ruining rumble rumbled rummy rumor runner runnings
    runny rushed rushing sable sacks sadder saddled saddles sailed sailing saint sakes salves sammie
    sanded sander sanders sands sanger sangs sapped sapping sappy sarcomas sassing satan sating
    saving scams scheat scoffing scoop scoot scooted scooters scream scrotums scuffling seams seans
    seasons seating seats seduced seeded seeding seeds seeing seeks seeping seeps seine selling
    semesters sends sensations sensed senses serous setting sever shack shacks shading shaken shall
    shaming shams shaping sharing sharking shavers shaving sheep shelling shield shill shills shine
    shiners shinny shipped shirt shitting shiver shivery shoot shooter shore shorn shorts shout
    siams sicked siding sifter sifting sight sights silents silly silos silting singe single singled
    singles singling singly sings sinker sinks sinner sinus sipped sired sisters siting sitter
    sittings skateboards skiings skill skinner skinnys skipped skying slabs slacks slags slaked
    slaking slant slaps slash slate slats slavs slaws slays sleek sleeps sleepy sleet slept slier
    slims slinks slipper slipping slitting slivering slivers slopped slopping sloppy slower slums
    smack smalls smart smarted smashs smell smelling smiled smiling smocks smother snacks snaked
    snaking snapped snapper snapping snappy snickers snipped snoot snort snowing snuffing soaking
    soaped soared socked soled soling somebodys someones somme sorts sounds sower spacing spams
    spasms special specials speeds spelling spice spike spill spines spinet spins spinx spiny spire
    spite spitting spline spoiled spoiling spool spools sport sprain spraining stabled stabler
    stables stacks stael staid stain staining staked staking stale stall stalling stands stank stans
    staple stare stared stark starr starred stars starter startled starts starved stash stated
    steads stealing steam steed steel steeling steels steep steeps steers steiner sterling steven
    stevie stile stilling stills stilt stine stoat stole stood stoop stoops stout straggle strains
    strait strand stranger strangle streak streams street strengths stripped stripping strips
    struggled struggles stuart stubble stubbles stuck stuffing stumbler stumblers stunt sucker suite
    sunder sunning sunny superb supers supine supper surer swaddle swapped swapping swash swats
    swear swearing swears sweaty sweep sweet sweets swelling swept swill swine swiping table tacked
    tackle tackler tackles tailing taine taints taken takes taking tamer tammie tamper tangle
    tangled tangles tangling tangs tanker tankers taper tared tarts taste tasting tasty tatter taunt
    teaks teases teeing telling temperatures tended tenet tenon tense terns testicle tether tethers
    thank theme therapys theres these theyre thick thigh thine thing thinker thinks thinned thinners
    thins thorough thought three throb throes throw throws thunk ticked tickle tickled tided tiding
    tight tights tilde tiled timed timer timor tinder tinge tinged tingeing tinges tinging tinglings
    tinker tinkle tinkled tinkles tinkling tinseling tipped tipper tipping tiptoed tiptops tires
    tittle toiled toiler toilets toiling token tolled tolling tolls tomes tommy tones tools torts
    tough towel tower toying trade traffics train training tramp trampolines tramps trapped trapping
    traps trash trashed traumas trawling treason treatments treed trenched tress triad trialing
    tries trigs trims trios tripe tripes tripled tripling tripos trippe trippes trolled trolling
    trolls troubled troubles trough troupers trouser trouserss truck trued truing tubby tuber tudor
    tuess tumbler tumbles tumbling tummy tumors tuned tuner tuning tunny turds turfed turfing turfs
    turing turins turks turner tutor tweet twine twinged twinges twink tying udder umber uncles
    undercarriages underneaths underwears undiess undoes untie unties urinates urines usable vaders
    vaginae vaginas valley valves vangs vases vaster veeps vended vetting victims vince vitim vowel
    vulvae vulvas vying wacker waddle wader wades wading wafer wafting wager wages waging waiter
    waiting waked waken wakens wales waling walker walking walled walling walter wander wanders
    wanes wangs waning wanking wanna wanner wants warden warding wares waring warming warnings
    warping warring warts waster wasting watch watcher watches watching waters watery waver waves
    waving waxes waxing weaken wealthier weaning weans wearer weathers weaver weeded weeding weeds
    weekss weeping weeps weigh weighs weights weighty weirdo weirs welting wended weyden wezens
    whacks whacky whale whelps wheres whetting whiled whiles whine whiplashs white whither wholes
    wholl whore whose whove wicked wield wifely wifes wight wights wilda wilder wildes wildly wilds
    wiled wiley wiling willa willed willow wills willys wince winds wining winks winner wired wiring
    wither witness witting wobble wonder wooden wooed wooing worded words wordy workplaces workss
    world worms worsen worses worsts wouldnt woulds wound wounds woven wrack wrenched wright wring
    wrongs wrote wrung yacht yachts yangs yelps yessed yesterdays yield yonder yorks yummy zekes
    zither zones
    grand grind sadden sodden sudder
    dentiste dentists forevers mighty sometime
    beaked leaded leafed leakey leaned leaped leased leaved mermen peaked wezen
    booking cheeking chocking chucking cooking crank cross cycled cycles drink drinker drunk frank hooking
    jointed jointing locking looming looting painted painting pointer prank printed printing regent rooking
    seeings seeking seeming sewing sexing
        added adding babble baldly banished bayer bears bedding biles bobble bradly bubbled bubbles
    bubbly buckled buckler buckles buckley burble cardboards cinches clang cline clings clingy clink
    clint cloves cluing clung cocks cohered colds coveted cowered crapped crumble crumpled crumples
    cuing dears docks ebros emiles fears files finches fling flunk folder folio folks foods forded
    fording fords fours gadded gadding gayer gears giles globes glove gloved glover glovers golding
    golds groves hears heres hocks holds horus hovered hubble inched inchs itches jocks laser lawyer
    laxer layers leathers leathery locks loves madly males mayer mikes milds miler milers miless
    milfs milks mills milnes mines minuets minuses minute minuted minuter minutest mires mites mixes
    mocks molded molding molds moles muffed muffle muffler muffles mules myles nears niches niles
    paddings paddled paddling panned pears percents piles pinches planed planked planner planted
    player pocks podded porthole potholes pours rapped rears redding riles rocks rubble ruffled
    rumple sadly sears shocks sicks slayer sling slung smiles soaks somethings sours spaghettis
    spocks stocks suckle sucks tears thebes themes theresa therese theyve threes toady todays toddy
    tokay tours vanishes varnished wadded wadding walden wears weddings wedging welding wending
    widen wiles winches women wrapper yeahs yearn yearns yeats yocks yours
    blowing cleave cleaving doles flawing holes lease leaven leaves leavings plowing poles prickle
    sales sloes slowing solen solex solis solos solves sores soses stoles trickled trickles truckle
    voles weave
    assume assumes assured awing checks cheek cheeky cheeps cheers clammed creeks dully emelt ewing folly foully
    fulls gully lammed legging leggins loggings lully mashed owing responds respons robbery sawing scammed
    shammed shell shelled shoots shores shots shouts slammen slammer slashed slimmed slummed smashen smashes
    smedt smeet smele smells smelly smelted smelts smeul smeult smolt smult snell snelt sniffen sniffend
    sniffled snorts snuffed sowing spammed spell spelled spelt spiel spijl spills spilt sports stashed stelt
    stiffed sting suing sully swashed swell swelled swings swingt swung thoughts tuist twigt twisk twists twits
    wooded woodmen woolen woonden wooten zwing
    classes gasses glassed glosses grasses lasses mouthe mouths south youth lavement parement pavements
    banket blanke blanked blanken blanker blankert blankest blankets blankst bumped chaffed cheat chess chests
    chong clotho clots cober crest cuffed damped decently drinkings dumpen dumpend duped filch frinking harpy
    heartburns hippy huffed indigestions januari januarys jumped lamely lumped milch monte months monts monty
    mouth octobers oktober pansy pantry patty planket pleaded please pleasen pleases pleated pumped quieting
    quilting reflex rober saber sloth sobere sobers somber somer sorber sorer souer thongs threat throats
    throaty throng tober towed towels trowel twisten twistend twister twitted umped zilchs
    bashing cashing dashing gashing hashing lashing mashing swashing washings wishing cuddle fuddle huddle
    peddle puddel puddled puddles showed showen showers showery showier
    abutted balloo balloons batted betted brief brieft brieks briels briers bries bunted busted butter bypasss
    bypast crammed dammed griefs gutted hammed jammed jutted nutted operations putted rammei rammel rammen
    rimmed rutted shaved shoed shooed shored shove shovel shoves sleede sleeves squeeze surgerys trammed tramped
    trample tramples underclothess underpantss walloon
    becks decks hecks kerks kicks necks pecks bronts fonts fronds frosts doggers jaggers jiggers jogger loggers tracies
    baath baits saith basel fasel mabel makel marel mastel mazel
    craze crazys eternitys
    abetter abort abous aftar aftel aften apter aster badge betters bettes bettor bitter budde budged budges budget
    budgie bulge chats chooses choosey choosy corning dafter etter excepts excerpt fetter fettle fudge ghats imply judge
    ketter kettle limply manege menage mooning mornings mourning nettle pimply pleas rafter rudge seattle settee setter
    shaft shrift simple stift swift taats teats tetter thads thais thans thants thars thaws tonights vetter wetter whats
    whenever zetter
    """.split()
)
#: misspellings read as typos although a word list has them ("tingeling", "fevers")
READ_AS_TYPO = frozenset(
    """
    bladader bladders buttock fevers genital genitalss numbnesss sweatss tiptoe weaknesss
    """.split()
)
#: compounds end in these words ("prostaatknaker" -> "prostaatkanker"); none in English
COMPOUND_HEADS: tuple = ()

#: a pronoun that takes the saddle area up after a comma: "my bum, its numb" (bot/reading/redflags.py _AREA_RESUMED)
AREA_PRONOUN = ("it", "its", "it s", "theyre", "they re", "they", "thats", "that s", "that", r"everythin[g]", "its all", "it is",
                "they are", "that is", "all", "all of it", "both")
#: The saddle area (regex alternatives, whole words): bum, crotch, "down there",
#: "where I sit", wiping, the toilet seat
AREA = (
    r"bum|bums|bumm|butt|butts|buttocks?|buttox|bottom(?! of\b)|botom|backside|arse|ass",
    # "my behind", the noun (session 24, twin of the French "au niveau du derriere"): "i cant feel anything round my behind"
    r"(?:(?<=my )|(?<=me ))behind",
    r"(?:bum|butt|arse|ass|bottom) cheeks|both cheeks",
    r"(?:inner|inside|insides of (?:my |the )?|inside of (?:my |the )?)thighs?",
    r"rear end|crotch|crotchzone|down below|groin|genitals?|genitalia|genetals|privates",
    r"private (?:parts?|area|region|bits)|privat parts|intimate (?:area|parts)",
    r"nether regions?|down there|perineum|perineal|taint|anus|anal|back passage",
    r"rectum|rectal|vagina|vaginal|vulva|labia|penis|scrotum|testicles|testicals",
    # (not "saddle sore", the rub of a long ride, session 27J: "not saddle sore, more like numb")
    r"willy|balls(?! of\b)|saddle(?: area| region)?(?! sor[e]| sore[s]| sorenes[s])|where i sit|sitting area|sit bones",
    r"wipe|wiping|toilet paper|loo roll|tailbone|coccyx|(?:toilet|loo|wc) seat",
    # cleaning with the paper is wiping (session 21e): "when i make the toilet and clean with the paper"
    r"clean(?:ing|ed|s)? (?:myself |me |up )?with (?:the |some |toilet |loo )*(?:paper|tissue)",
    # where a saddle touches: "numb where you'd sit on a bike seat"
    r"where (?:you|youd|you would|one|id|i would|i) (?:would )?sits?|(?:bike|bicycle|cycle) seat",
    r"(?:the )?(?:bit|part|area|bits|parts) (?:that|which|where) (?:\w+ )?(?:touch(?:es)?|sits? on|rests? on) (?:the|a|my) (?:\w+ )?seat",
    r"(?:my|me|the) (?:lady |man |private |girly |front )?bits(?! of\b)|(?:lady|man|girly|front) bits(?! of\b)",
    r"undercarriage|nethers|vag|fanny",
    # Scots (session 16b): "ma bahookie's gone aw deid on the lavvy seat", "my erse"
    r"bahooki[e]|bahoochi[e]|erse|(?:lavv[y]|bog) seat",
    # Nigerian Pidgin (session 19k): "i dey clean another person yansh"
    r"yans[h]|nyans[h]|nyas[h]",
    # the anus in speech (session 20a): "my butthole area feels numb"; "arsehole" only as one's own (not the insult)
    r"butthol[e]|butt hol[e]|bumhol[e]|bum hol[e]|poophol[e]|poop hol[e]",
    r"(?:(?<=my )|(?<=me )|(?<=around )|(?<=round ))(?:arsehol[e]|asshol[e]|arse hol[e]|ass hol[e])",
)
#: one buttock named by its muscle or a soft word (session 25Y): "my left glute feels dead", "my rear feels dead on one side",
#: "my tush is numb" (not "the rear wheel", "rear-ended": "my rear" only)
AREA += (r"glut[e]|glute[s]|glutea[l]|gluteu[s]|tush|tush[y]|tushi[e]|hine[y]|heini[e]",
         r"(?:(?<=my )|(?<=me ))rear(?! (?:\w+ )?(?:whee[l]|wheel[s]|view|door|door[s]|windo[w]|ligh[t]|light[s]|seat|seat[s]|tyre|tire|bumpe[r]|end|ende[d])\b)")
#: Numbness, tingling, pins and needles, for any body part (regex alternatives)
#: after "doesnt feel", a numbness word says what is not felt ("my bum doesnt feel numb", "i dont feel any tingling down
#: there", "doesnt feel any different"): a denial of that sign, not a loss of feeling
_FELT_SIGN = (r"(?! (?:any |anything |at all |really |very |so |too |that |a bit |all )?(?:nu(?:mb|m|mm|nb|mbb)(?:ness|nes|ed|ish|y)?"
              r"|tingl\w*|pinsneedles|prickl\w*|fizz\w*|weird\w*|strange|funny|odd|different|dead|cold|asleep|wooll?y|wooden"
              r"|rubbery)\b)")
NUMB_COMMON = (
    r"nu(?:mb|m|mm|nb|mbb)(?:ness|nes|ed|ish|y)?",
    # woolly, like cotton wool: "both my legs have gone woolly" (twin of the Flemish "voos")
    r"wooll?y(?! (?:\w+ )?(?:socks?|jumpers?|hats?|tights?|blankets?|gloves?|mittens?|slippers?|jerseys?|cardigans?|coats?|jackets?))",
    r"no (?:feeling|sensation|feel)",
    r"(?:lost|losing|loss of|lose) (?:all |the |my )?(?:feeling|sensation)",
    r"(?:less|reduced|little|decreased) (?:feeling|sensation)",
    # not when a numbness word follows: "my bum doesnt feel numb", "i dont feel any tingling" deny it (that word is read
    # then, with its negation); "doesnt feel anything", "doesnt feel right" stay numbness
    r"(?:cant|couldnt|barely|hardly|dont|doesnt|didnt|did not|could not|cannot) (?:really |properly |even )?feel" + _FELT_SIGN,
    r"can (?:barely|hardly) feel",
    # Nigerian Pidgin (session 19k): "i no fit feel am well at all"
    r"(?:no|nor|never|no go) fit (?:really |even )?feel" + _FELT_SIGN,
    r"(?:feel|felt|feeling) (?:nothing|anything)",
    # ... told of him or her (session 36A): "she feels nothing between her legs" (not "it feels nothing like before")
    r"feels nothing(?! like\b)",
    r"(?:feel|felt|feeling) (?:almost|next to|practically|virtually|pretty much) nothing",
    # "i can feel a bit less down there", "feel a lot less round my bum" (not less pain or less stiff)
    r"(?:feel|felt|feeling) (?:a (?:bit|little|lot|tad) |much |slight(?:ly) |way )less\b(?! (?:pain|sore\w*|stiff\w*|tight|hurt\w*|bad"
    r"|achy|ache|of)\b)",
    # the feet on something soft: "like im walking on cotton wool"
    r"(?:walk\w*|step\w*|stand\w*) on (?:cotton wool|cotton|clouds?|marshmallows?|sponges?)",
    r"(?:feels?|felt|feeling) (?:\w+ ){0,2}?like (?:\w+ )?(?:cotton wool|cotton)",
    # "couldnt tell if the water was hot or cold"; "dead from mid shin down"
    r"(?:cant|couldnt|could not|cannot|can not) (?:\w+ )?tell (?:if|whether|how) (?:\w+ ){0,4}?(?:hot|cold|warm)",
    r"dead (?:\w+ )?(?:from|up to|to) (?:the |my )?(?:mid |middle of (?:the |my )?)?(?:shins?|knees?|thighs?|ankles?|calf|calves|hips?|waist)",
    r"tingl\w*",
    # something between the skin and the world: "like im wearing a wetsuit", "wrapped in cling film", "muffled"
    r"(?:like|as if|as though) (?:im |i am |i was |theyre |they are |its |it is )?(?:wearing|in) (?:a |an )?(?:wetsuit|gloves?|thick (?:socks|gloves))",
    r"(?:wrapped|covered|wrapped up) in (?:cling ?film|clingfilm|plastic|bubble wrap|tape|cotton wool)",
    r"muffled", r"fizz\w*",
    r"(?:like|as if) (?:theres|there is) a (?:\w+ )?layer\b",
    r"(?:feels?|felt|feeling|is|its|it is|are) (?:\w+ )?like (?:\w+ )?(?:cardboard|wood|rubber|leather|plastic)",
    r"rubbery|wooden",
    r"(?:like|as if) (?:im |i am )?wearing (?:thick |big |padded )?(?:ski (?:pants|trousers)|salopettes|a nappy|padding|padded \w+)",
    r"pinsneedles",
    r"prickl\w*",
    r"asleep",
    r"anaesthe\w*|anesthe\w*",
    # not one's own: "my feet feel like theyre not mine", "like blocks of ice that arent mine"
    r"(?:feels?|felt|feeling|like|as if|as though) (?:\w+ ){0,3}?(?:not|arent|isnt|wasnt|werent|aint) (?:really |even )?"
    r"(?:mine|my own|part of me)\b",
    r"(?:like|as if|as though) (?:a |an |two |some )?(?:\w+ ){0,3}?(?:that|which) (?:\w+ )?(?:arent|isnt|werent|wasnt|aint|are not"
    r"|is not) (?:really |even )?(?:mine|my own|part of me)\b",
)
#: Numbness words said of the saddle area only ("dead", "feels weird": not of tired legs)
NUMB_SADDLE = (
    r"dead(?:ened)?|deadness",
    # not felt, with a hedge between (session 32AZ): "i can practically not feel my backside", "i can more or less no longer feel it"
    r"\b(?:can|could|do|did) (?:practicall[y]|virtually|more or less|as good as|so to spea[k]|pretty much|near enoug[h]|effectivel[y])"
    r" (?:not|no longer|never) (?:really )?feel\b(?! (?:the |any |much )?(?:pain|ache|hurt\w*|sorenes[s])\b)",
    r"(?:weird|strange|funny|odd|different) (?:feeling|sensation)",
    # "the toilet seat feels weird", "wiping feels different", "doesn't feel like it's there"
    r"(?:feels?|feeling|felt) (?:\w+ )?(?:weird|strange|funny|odd|different|wrong)",
    r"(?:doesnt|dont|didnt) feel" + _FELT_SIGN + r" (?:\w+ ){0,2}?there",
    # "my bum feels sort of ... not there?" (session 19k)
    r"(?:feels?|feeling|felt) (?:\w+ ){0,2}?(?:\. )*(?:not|isnt) (?:really |quite |even )?there\b",
    # "when I wipe it feels like it's not my bum", "like it isn't mine"
    r"(?:feels?|felt|feeling) like (?:\w+ ){0,2}?(?:not (?:my|mine|me|there|part of me)|isnt (?:mine|there|my|me))",
    # the area changes: "my bottom goes cold and tingly when I lie down", "turned numb"
    r"(?:goes|going|gone|went|turns?|turned|turning) (?:all |really |a bit )?(?:cold|numb|dead|tingly|funny|weird)",
    # a cold or changed feeling: "cold feeling in my bottom area"
    r"cold (?:feeling|sensation)|(?:feels?|felt|feeling) (?:\w+ )?cold(?! (?:packs?|compress\w*|water|air))",
    # unsure whether it can be felt counts as numb (the safe side): "not sure I can feel it when I wipe"
    r"unsure (?:\w+ ){0,4}?(?:feel|feeling|felt|sense|sensation)",
    # "not sure if its numb exactly, just different" (session 19k): unsure is the safe side
    r"(?:not sure|dunno|dont know|unsure) (?:if|whether) (?:its|it is|thats|its gone) (?:\w+ )?nu(?:mb|m)(?:ness|ed|ish)?\b",
    # numb as after the dentist's injection
    r"(?:feels?|felt) like (?:\w+ ){0,4}?(?:at the dentist|dentist)",
    # told without "feels" (issue 12): "on the toilet seat its like its not my bum", "like after the dentist but down below"
    r"(?:its|it is|its just|is|are|like) (?:like|as if|as though) (?:its |it is |theyre |they are |that is |thats )?"
    r"(?:not (?:even |really )?(?:my|mine|me|there|part of me)|isnt (?:even |really )?(?:mine|there|my|me))\b",
    r"(?:like|as if|as though) (?:\w+ ){0,2}?(?:after|at|from|leaving|coming out of|out of|when you leave) (?:\w+ ){0,4}?dentists?\b",
    # asleep told as sleepy (session 18d): "the inside of my thighs, against my crotch, feels kind of sleepy" (not "i feel sleepy")
    r"(?<!\bi )(?<!\bim )(?:feels|felt|feeling|gone|goes|going|is|are) (?:\w+ ){0,2}?sleep[y]",
)
#: numb as after a local anaesthetic, the injection told with the dentist far after "like" (session 27J): "like when you have had a
#: jab at the dentists", "like novocaine", "like a local anaesthetic wearing off" (near the area only)
NUMB_SADDLE += (r"(?:like|as if|as though|same as|simila[r] to) (?:\w+ ){0,8}?(?:dentist|dentists|dentist s|denta[l]|(?:a|the|my) fillin[g])\b",
                r"(?:like|as if|as though|same as|simila[r] to) (?:\w+ ){0,4}?(?:novocain[e]|novacain[e]|lidocain[e]|lignocain[e]|xylocain[e]"
                r"|(?:a |the )?loca[l] (?:anaesthetic|anestheti[c]|anaesthesia|anesthesia)|numbing (?:injectio[n]|jab|shot|gel|crea[m]|spra[y]))\b",
                # the skin not one's own: "like its not my skin", "as if it isnt my own skin"
                r"(?:like|as if|as though) (?:its |it is |theyre |they are |it was )?(?:not|isnt|arent|wasnt|aint) (?:even |really )?"
                r"(?:my|me) (?:own )?skin\b",
                # someone else's, or not there at all, as an image (session 33C): "like theyre someone elses", "like it belongs to another
                # person", "like they arent there" (near the area only; one leg alone is no saddle)
                r"(?:like|as if|as though) (?:\w+ ){0,3}?(?:(?:someone|somebody) elses?|(?:belong\w*|belonged) to (?:another perso[n]|a strange[r]))\b",
                r"(?:like|as if|as though) (?:its |it is |it |theyre |they are |they |it was |they were |its just |theyre just )?(?:not|isnt|arent|wasnt"
                r"|werent|aint) (?:even |really |actuall[y] )?there\b")
#: dull or fuzzy, or not quite one's own (session 34P): "my backside has gone kind of fuzzy", "my bum feels dull", "like its not quite
#: mine", "as if theyre not totally my own" (near the area only; not a dull ache or pain: "feels a dull ache", "feels dull and achy")
_P34_NOT_HEAD = r"(?<!\bhead )(?<!\bbrai[n] )(?<!\bmind )(?<!\bvisio[n] )(?<!\beyes )(?<!\bi )(?<!\bim )(?<!\bhearin[g] )(?<!\bears )"
NUMB_SADDLE += (_P34_NOT_HEAD + r"(?:feels?|felt|feelin[g]|gone|goes|goin[g]|went|turne[d]|turn[s]|is|are|its|kind[a]|kind of|sort of) (?:\w+ ){0,2}?fuzz[y]\b",
                _P34_NOT_HEAD + r"(?:feels?|felt|feelin[g]|gone|goes|goin[g]|went|turne[d]|turn[s]) (?:all |kind[a] |kind of |sort of |a bit |really |very |so |quite "
                r"|weirdl[y] |strangel[y] )?dul[l]\b(?! (?:\w+ )?(?:ache|ache[s]|achin[g]|ach[y]|pain|pain[s]|painfu[l]|throb\w*|sore|sorenes[s]|hurt\w*)\b)",
                r"(?:feels?|felt|feelin[g]|like|as if|as though) (?:\w+ ){0,3}?(?:not|arent|isnt|wasnt|werent|aint) (?:full[y]|quit[e]|totall[y]"
                r"|entirel[y]|completel[y]|wholl[y]|altogethe[r]) (?:mine|my own|part of me)\b")
#: dead as a thing (session 25Y): "my bum cheek feels like a lump of wood", "like a block of rubber" (near the area only)
NUMB_SADDLE += (r"like (?:a |an )?(?:\w+ )?(?:lump|bloc[k]|piec[e]|bit|slab|hunk) of (?:wood|rubbe[r]|dead meat|meat|clay|ston[e])",)
#: ... frozen or ice by comparison (session 30Y): "my inner thighs feel like a block of ice", "like a slab of frozen meat", "like frozen
#: meat", "feels like ice" (near the area only; not "ice cream")
NUMB_SADDLE += (r"like (?:a |an )?(?:\w+ )?(?:lump|bloc[k]|piec[e]|bit|slab|hunk|chun[k]|ba[g]) of (?:ice|froze[n] \w+)\b",
                r"like (?:a |an |some )?(?:\w+ )?(?:froze[n]|dead|raw) (?:meat|fles[h]|chicke[n]|stea[k]|join[t]|turke[y])\b",
                r"(?:feels?|felt|feelin[g]) (?:\w+ )?like ice\b(?! ?crea[m])")
#: gone deaf, the twin of the Dutch "doof" (session 26B): "like its gone deaf down there", "my bum feels deaf" (near the area only;
#: not "im deaf", "she is deaf")
NUMB_SADDLE += (r"(?:gone|goes|goin[g]|went|turne[d]|turn[s]|feels?|felt|feelin[g]) (?:all |really |a bit |kind of |sort of |completely "
                r"|totally |half )?dea[f]",)
#: another subject at the end of the words between the legs and the weak word: the pain's verb (session 24T; bot/reading/redflags.py
#: _weak_of_other_subject): "with my knees bent the pain gives out"
WEAK_OTHER_SUBJECT = ("the pain", "that pain", "the ache", "the aching", "the spasm", "the spasms", "the cramp", "the cramps", "the twinge")
#: ... not after these (a join or a preposition: "my legs and the pain", "my leg with the pain gives way")
WEAK_SUBJECT_NOT_AFTER = ("and", "or", "n", "an", "with", "in", "from", "of", "by", "because", "cause", "cos", "plus")
#: Weakness of a leg or the legs (regex alternatives)
#: a verb of losing right before "no strength" denies the loss, no weakness (session 47R10): "my legs lose no strength"
_NOT_LOSING = r"(?<!\blos[e] )(?<!\blose[s] )(?<!\blosin[g] )(?<!\blos[t] )"
WEAK = (
    r"weak\w*|(?:gives?|gave|giving|given) (?:way|out)|buckl\w*|collaps\w*|crumpl\w*",
    # "both my legs have gone a bit feeble" (session 21e)
    r"feebl[e]|feeble[r]",
    # like elastic (session 21f): "my legs feel like elastic" (as "like jelly")
    r"like (?:an |a bit of |bits of )?elasti[c]",
    r"(?:fold|folds|folding|folded)(?: under| up)",
    r"(?:keep|keeps|kept) folding",
    # a loss denied is no weakness (session 47R10): "no power lost in my legs", "my legs lose no strength", "ive lost no strength"
    _NOT_LOSING + r"no (?:strength|power)(?! los[t]\b)|lost (?!no\b)(?:\w+ )?(?:strength|power)|(?:less|little) strength",
    # "my legs won't hold me up anymore"
    r"(?:wont|wouldnt|would not|dont|doesnt|didnt|cant|couldnt|can barely|can hardly|barely|hardly) (?:\w+ )?(?:hold|carry|support|push|lift) me",
    r"(?:had|has|have|got) nothing in (?:it|them)",
    r"(?:had|has|have|got) no (?:push|power|strength|oomph) (?:left )?in (?:it|them)",
    # "had to lift both my legs out the car with my hands"
    r"(?:had|have|need|needed) to (?:lift|carry|drag|pull|move)",
    # "they just wont go on their own"
    r"(?:wont|dont|doesnt|cant) (?:\w+ )?(?:go|move|work) on (?:their|its) own",
    # "the foot just wont twist out of the pedal", "wouldnt swing through"
    r"(?:wont|wouldnt|doesnt|didnt|cant|couldnt) (?:\w+ )?(?:twist|swing|bend|respond|obey|do what i)",
    r"(?:cant|cannot|couldnt) (?:\w+ )?(?:move|lift)|paraly[sz]\w*|jelly|wobbly",
    # "shaking so bad i had to sit on the step"
    r"(?:shak\w*|trembl\w*) so (?:bad|badly|much) (?:that )?i (?:had to|have to|needed to|need to) (?:sit|stop|hold)",
    # legs that go from under the patient: "both me legs keep going from under me" (issue 13)
    r"(?:went|goes|go|gone|going) (?:out )?from under(?:neath)? me",
    # ... or told bare, the clause ending on it (session 26D): "both his legs keep going, had to catch him twice" (not "keep going numb")
    r"(?:keep|keeps|kept|keep on) going(?= ,| \.|$| on (?:me|him|her)\b| again\b| twice\b)",
    # ... or going on the patient, told once (session 30AD): "both legs are going on me", "my left leg went on me on the stairs"
    r"(?:is|are|s|re|been|started|starting|start) going on me\b|(?:went|goes|gone) on me\b",
    r"(?:hold|hold[s]|carry|carrie[s]|support|support[s]) me (?:less and less|worse and worse|less and less well|less well|less)\b",
    # cannot lift in Pidgin (session 30AD): "my foot no fit lift well", "the leg no dey fit carry me"
    r"(?:no|no dey|no go|never) fit (?:\w+ )?(?:lift|raise|move|carry|hold|stand|walk|waka)",
    # giving up, letting down, folding under the patient (session 24): "my legs gave up on me", "my legs let me down on the stairs",
    # "both legs just folded under me"
    r"(?:gave|give|give[s]|giving|given) up on me|(?:let|lets|lettin[g]) me down|(?:folded|folds|fold|crumple[d]|crumple[s]) (?:up )?(?:under|beneath) me",
    # sagging or sinking under the patient (session 35G): "my legs sag under me when i stand", "both legs sank from under me"
    r"(?:sag|sags|sagge[d]|saggin[g]|sink|sink[s]|sank|sinkin[g]|sunk|give|give[s]|gave|giving|cave|cave[s]|cave[d]|cavin[g]|slum[p]|slump[s]|slumpe[d]"
    r"|slumpin[g]|wilt|wilt[s]|wilte[d]|wiltin[g]|concertin\w*|drop|drops|droppe[d]|droppin[g]|slid[e]|slide[s]|slid|slidin[g])"
    r" (?:(?:right|just|straight|away|down|in|out) )?(?:from )?(?:under|beneath|underneath) me\b",
)
#: Both legs; plural legs or feet count ("my legs are numb")
BOTH_LEGS = (
    r"both (?:of )?(?:my |me |the |his |her )?(?:legs|feet|leg|foot|lower legs|thighs|calves|knees)",
    r"(?:the )?both of (?:them|em)",  # "the legs ... the both of them keep giving out"
    # the two told with one leg's word, in Pidgin and patois (session 25Z): "my two leg dey give way", "mi two foot dem weak"
    r"(?<=\b(?:my|me|mi|ma) )(?:two|2) (?:leg|foot)\b",
    r"legs|feet|soles|(?<!inner )(?<!inside )(?<!insides of my )(?<!inside of my )thighs|calves|shins|ankles|knees|leftright|either (?:of (?:my |the )?)?(?:legs?|feet|foot)|neither leg",
)

#: both legs asleep from sitting long in one position and gone within a minute or two (bot/reading/redflags.py
#: _legs_asleep_from_sitting, session 33F): the position (LEGS_ASLEEP_SAT), the quick passing (LEGS_ASLEEP_PASSED), and nothing
#: that says it stays or comes back with walking (LEGS_ASLEEP_STAYS): "knelt weeding for an hour, both legs dead when i got up,
#: fine again within a minute" is no flag; "both legs numb after sitting and still numb" stays one
LEGS_ASLEEP_SAT = (r"sat|sitting|seated|kneeling|knelt|squatting|squatted|cross ?legged|crossed my legs|legs crossed|lotus"
                   r"|on the (?:toilet|loo|bog|throne|floor|ground)|(?:car|train|bus|coach) (?:ride|journey|trip)|long (?:drive|flight|ride|journey)",)
_QUICK_EN = (r"(?:about |like |only |just |barely |maybe )?(?:(?:a|one|1|a few|few|a couple of|a couple|couple of|two|2|three|3|30|20|10|a half)"
             r" (?:\w+ )?(?:secs?|seconds?|mins?|minutes?|moments?)|a moment|no time|a sec|a jiffy)")
_PASSING_EN = (r"(?:gone|went away|went|passed|back|came back|come back|comes back|normal|fine|ok|okay|alright|wore off|worn off|cleared"
               r"|eased|recovered|returned|shook (?:it|them) off|shake (?:it|them) off|shaking (?:it|them) off|feeling again)")
LEGS_ASLEEP_PASSED = (_PASSING_EN + r" (?:\w+ ){0,3}?(?:in|within|after) " + _QUICK_EN,
                      r"(?:after|within|in) " + _QUICK_EN + r"(?: or (?:two|2|so|three))?(?: later)?(?: ,)? (?:\w+ ){0,4}?" + _PASSING_EN,
                      r"took (?:me )?" + _QUICK_EN + r"(?: or (?:two|2|so))? (?:to |for )(?:\w+ ){0,3}?" + _PASSING_EN,
                      _QUICK_EN + r" later (?:\w+ ){0,3}?" + _PASSING_EN)
LEGS_ASLEEP_STAYS = (r"still|keeps?|kept|again and again|over and over|every time i (?:walk|go for a walk)|when(?:ever)? i (?:walk|am walking|m walking)"
                     r"|while walking|after walking|when walking|(?:not|hasnt|hadnt|havent|didnt|wont|doesnt|never) (?:\w+ )?(?:gone|go|went|pass|passed|come back)"
                     r"|days|weeks|months|all day|since|been (?:numb|dead|asleep|tingly)",)
#: ... but a "still" or "since" told of another part's ache, in its own clause with no leg and no numbness word, is no staying
#: (bot/reading/redflags.py _asleep_stays, session 34U): "both legs went dead on the loo, fine after a minute. my back is still
#: aching though", "... , neck still stiff since monday" (not "came back": "back" is the part only after no verb of coming)
LEGS_ASLEEP_OTHER_ACHE = (r"(?<!came )(?<!come )(?<!comes )(?<!coming )(?<!went )(?<!got )(?<!get )(?<!gets )(?<!are )(?<!were )(?<!be )"
                          r"(?:back|lower back|neck|shoulders?|hips?|bum|tailbone|spine|head)(?: is| s| has| was| has been| been)?(?: \w+){0,3}?"
                          r" (?:sore|aching|achy|aches|hurts|hurting|painful|stiff|tender|killing me|playing up)",
                          r"(?:back|neck|head|hip) ?(?:ache|pain)",)
#: the legs' own feeling named in that clause keeps it read: "back still sore and still dead", "pins and needles since"
LEGS_ASLEEP_FELT = (r"dead|pins and needles|asleep|sleep|fizzy|fuzzy",)
#: ... and so does a leg named in it: "back is sore and my legs still numb"
LEGS_ASLEEP_LEG = (r"legs?|feet|foot|soles?|knees?|thighs?|calf|calves|shins?|toes",)
#: walking told before the legs' numbness, no sitting before it, brings it on (bot/reading/redflags.py _came_with_walking,
#: session 37F): "walking to the shops both legs go numb ... sit on a wall till it wears off" is the sitting as its relief, a flag
LEGS_ASLEEP_WALKING = (r"walk|walks|walked|walking|stroll\w*|hik(?:e|es|ed|ing)|out with the dog|to the shops?|round the block|on foot",)
#: legs told dead after a sport, the tiredness of muscles, not a numbness (session 33M; bot/reading/redflags.py
#: _legs_asleep_from_sitting): "both my legs are dead after the marathon", "both legs dead after my run this morning" (a
#: numbness word, or it staying or coming back, LEGS_ASLEEP_STAYS, keeps the flag)
LEGS_DEAD_SPORT = (r"dead (?:\w+ )?(?:after|from) (?:\w+ ){0,2}?(?:gym|runs?|running|jog|joggin[g]|squats?|workout|work out|trainin[g]"
                   r"|leg day|maratho[n]|half maratho[n]|hike|hikin[g]|football|matc[h]|cyclin[g]|bike ride|spin class)",)
#: both legs numb with no cause told (bot/reading/redflags.py _resolved_after, session 33J): "out of nowhere", "for no reason",
#: "out of the blue": a numbness of both legs gone in minutes is still read ("... no reason, gone in a minute")
LEGS_NUMB_NO_CAUSE = (r"out of (?:nowhere|the blue)", r"(?:for |with )?no (?:apparent |obvious |clear |real )?(?:reason|cause)\b(?! to\b)",
                      r"without (?:any |a )?(?:reason|cause|warning)", r"from nowhere", "noreason")
#: both legs like cotton wool (bot/reading/redflags.py _soft_legs_tripping), with a trip told: the legs fail (session 21e)
SOFT_LEGS = (r"(?:legs|feet)\b(?: \w+){0,3}? (?:like|of|made of|as if (?:\w+ ){0,2}?) (?:cotton ?woo[l]|cotton|marshmallow[s]?)",)
TRIPPED = (r"tripped|stumbled|tripping|stumbling|nearly went over|went over on",)
#: what makes a trip a fall or a blow, told after it in its sentence (bot/reading/redflags.py _trips_of_the_weak_foot, session 27R):
#: "tripped on the curb and fell on my back", "stumbled on the step and hit the ground" (a bare trip, with a foot that gets
#: weaker, is the weakness's sign, not the onset: "my foot slaps ... today i tripped on the curb")
TRIP_LANDED = (r"fell|fall|falls|falling|fallen|landed|land|lands|hit|went (?:down|flying|over|flat|sprawling)|face ?planted|crashed"
               r"|hurt|banged|bashed|smacked|whacked|cracked|jarred|jolted|twisted|wrenched|injured|ground|floor|deck|flat on|on my back"
               r"|on my bum|on my backside|on my arse|on my ass|on my side|knocked|broke|bruised|sprained",)
#: the other leg going the same way, anywhere in a message with a failing leg (bot/reading/redflags.py
#: find_red_flags): "left leg went heavy ... now the right ones doing the same"
OTHER_LEG_TOO = (r"(?:right|left|other) (?:one|leg|foot)s? (?:is |s )?(?:doing|going|gone|started) (?:the same|that too|it too)",
                 # one side first, now the other (session 30AD): "first the left, now the right buckles too", "it started with my right
                 # leg and now the left is giving way as well"
                 r"(?:first|firstly|started with|starting with|began with) (?:\w+ ){0,2}?left(?: one| leg| foot| knee)?\b(?: \S+){0,6}? (?:now|then|and now"
                 r"|and then|after that|since) (?:\w+ ){0,2}?(?:right|other)(?: one| leg| foot| knee)?\b",
                 r"(?:first|firstly|started with|starting with|began with) (?:\w+ ){0,2}?right(?: one| leg| foot| knee)?\b(?: \S+){0,6}? (?:now|then|and now"
                 r"|and then|after that|since) (?:\w+ ){0,2}?(?:left|other)(?: one| leg| foot| knee)?\b",)

#: fear words: "afraid it is cancer" is not having it
FEAR = (r"afraid|scared|frightened|fear\w*|worried|worry|worries",
        # "my mam had cancer so im paranoid", "... so im a bit on edge" (issue 13)
        r"paranoid|anxious|nervous|terrified|petrified|panick\w*|on edge|freaking out|freaked out|stress\w*|worrying|concerned",)
#: relatives and others: "my mum had cancer" is not the patient (regex alternatives)
FAMILY = (
    r"mother|mum|mom|mam|mama|mommy|mummy|father|dad|daddy|papa|sister|brother|aunt|auntie"
    r"|uncle|grandma|grandmother|grandpa|grandfather|granny|gran|nan|nana|wife|husband|partner"
    r"|daughter|friend|neighbour|neighbor|cousin|family|relative|relatives|grandad|parents?"
    r"|granddad|grandparents?|gramps|nanna|kids?|children|child|baby|babys|boyfriend"
    r"|girlfriend|colleague|hubby|missus|wifey|boy|girl|little one|toddler|lad|lass|youngest|eldest"
    r"|nephe[w]|niece|grandso[n]|granddaughte[r]|grandki[d]|grandchil[d]|grandchildre[n]",  # (session 26G)
    # "son" after a possessive, an age or a describing word only (session 40D2): the French "son" (his, her) is no son, "elle a
    # glisse pour sortir de son bain" is her own fall ("my son", "our eldest son", "my 15 year old son", "her sons")
    r"(?:(?<=\bmy )|(?<=\bme )|(?<=\bmi )|(?<=\bour )|(?<=\bhis )|(?<=\bher )|(?<=\btheir )|(?<=\byour )|(?<=\bur )|(?<=\bthe )"
    r"|(?<=\bwor )|(?<=\boor )|(?<=\bold )|(?<=\bolds )|(?<=\bteen )|(?<=\bteenag[e] )|(?<=\beldest )|(?<=\byoungest )|(?<=\boldes[t] )"
    r"|(?<=\bolde[r] )|(?<=\byounge[r] )|(?<=\blittle )|(?<=\bbig )|(?<=\bbaby )|(?<=\bgrow[n] )|(?<=\badul[t] )|(?<=\bonly )|(?<=\bmiddle )"
    r"|(?<=\btwin )|(?<=\blate )|(?<=\bpoor )|(?<=\byo )|(?<=\byr )|(?<=\byrs )|(?<=\d )|(?<=\d))son",
    r"he|she",  # "my brother had the op, he couldnt wee": the subject told before
    r"my \d+ ?(?:yr|year|yo)s?(?: old)?",  # "my 4 yr old keeps having accidents"
    # Irish and Northern "my da" (read as "dat" by the Flemish street words), "my pops", "me ma"
    r"(?:(?<=\bmy )|(?<=\bme )|(?<=\bour )|(?<=\bwor ))(?:dat|da|pops?|mamm(?:y|ie)|nann(?:y|ie)|grand(?:a|da))",
    # a partner in plain, street or Caribbean words (session 24T): "my fella", "me bloke", "my other half", "mi bredda" (not "my man
    # bits", "my lady parts": the saddle area)
    # ... after Geordie "wor", Scots "oor" (session 33G): "askin fer wor lass", "typin this fur oor man"
    r"(?:(?<=\bmy )|(?<=\bme )|(?<=\bmi )|(?<=\bwor )|(?<=\boor ))(?:fell[a]|felle[r]|blok[e]|bae|old man|old lady|other half|better half|man(?! (?:bits|parts?|area"
    r"|region|stuf[f]|junk|down there)\b)|bredd[a]|bredda[h]|madd[a]|pupp[a]|mumm[a]|babymothe[r]|baby mother|babyfathe[r]|baby father)",
    # a friend in plain or street words (session 27K): "typing this for my mate", "asking for me best mate", "my buddy" (after a
    # possessive only: "cheers mate" is no one)
    r"(?:(?<=\bmy )|(?<=\bme )|(?<=\bour )|(?<=\bmi ))(?:mat[e]|best mat[e]|best frien[d]|budd[y]|bud|pa[l]|besti[e]|bff|flatmat[e]"
    r"|housemat[e]|roommat[e]|workmat[e]|bruv|bro)",
)
#: a place at someone's, before a fall (session 40D2): "at my cousin's", "round at my mum's", "over at my mate's" names where
#: the patient fell, not a relative who fell (bot/reading/redflags.py _someone_else, for the trauma words)
AT_PLACE_OF = ("at", "round at", "over at", "round", "staying at", "stayin at")
#: typed for someone else: "typing this for my dad, ... his back passage has gone numb" -- the one
#: typed for is the patient, so after these words (and a FAMILY word) their pronouns are read as
#: the patient's (bot/reading/redflags.py _as_patient)
PROXY = (r"(?:typing|writing|asking|messaging|texting|filling this in|doing this|on behalf) (?:this |it )?(?:for|of) (?:my |our )?",
         # ... the g dropped, "me" for my (session 25M2, Northern, Scots, Irish): "messagin for me nan", "typin this for me da"
         r"(?:(?:typ|writ|ask|messag|text)in[g]?|doin[g]? this) (?:this |it )?(?:for|fer|of) (?:me |my |our )",
         # ... in Scots or Northern words (session 33G): "typin this fur me fella", "writin fur oor man", "askin fer wor lass"
         r"(?:(?:typ|writ|ask|messag|text)in[g]?|doin[g]? this) (?:this |it )?(?:fur|fir|for|fer|of) (?:me |my |our |wor |oor )",
         # ... in Jamaican Patois, "fi" = for, "mi" = my (session 23N): "mi a write fi mi granny"
         r"(?:mi|me|i) (?:a |is )?(?:write|writin[g]|type|typin[g]|ask|askin[g]) (?:this |it )?(?:fi|for) (?:mi |my |me |our )?",
         # the message opening on the relative it is for (session 19j): "its for my husband, 68. he has ...", "hi, this is
         # about my mum: she ..." (at the start, or after a greeting)
         r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=hi )|(?<=hello )|(?<=hey )|(?<=morning ))(?:its|it is|this is|this s|thisis|question is"
         r"|this question is|this message is|message is) (?:for|about|regarding) (?:my |our |me )",
         # ... the relative named before the writing verb (session 34T): "for my mum i am writing", "its for my dad im asking",
         # Caribbean "is for my granny i writing", "is fi mi granny mi a write" (at the start, or after a greeting)
         r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=hi )|(?<=hello )|(?<=hey )|(?<=morning ))(?:(?:its|it is|it s|is|ti[s]|this is) )?(?:for|fi|fer|fur)"
         r" (?:my |mi |me |our )(?=(?:\w+ ){1,3}?(?:that |dat )?(?:i|mi|me|im|ive) (?:am |m |a |is |do |been )?(?:writ|typ|ask|messag|text)\w*\b)",
         # ... or told by "for" or "about" alone, the relative followed by a comma, a dash or their pronoun (session 33M; a colon is dropped by the normaliser): "for my mum: both
         # her legs are weak", "about my husband - his legs ...", "re my dad, ..." (not "for my mums sake": neither)
         r"(?:(?<=^)|(?<=hi )|(?<=hello )|(?<=hey )|(?<=morning ))(?:(?:(?:im |i am )?(?:asking|writing|typing|messaging)(?: this)? )?"
         r"(?:for|about|regarding|re|concerning)) (?:my |our |me )(?=\w+(?: \d+)?(?: ?[,.(-]| (?:she|he|shes|hes|her|his|both her|both his)\b))",
         # the relative who types, named as the patient's (session 18a): "its her husband typing, she cant sit"
         r"(?:(?:its|it is|this is|thats|that is) )?(?:her|his) (?=(?:husband|wife|partner|son|daughter|hubby|missus|boyfriend"
         r"|girlfriend|brother|sister) (?:here )?(?:typing|writing|texting|messaging|who is typing|whos typing|who types"
         r"|doing this)\b)",
         # the message opening on a relative's back pain going on now is typed for them (session 17e): "my mam (79) has
         # had a bad back all week, now both her legs ..." (not "my dad had back pain years ago")
         r"^(?:my |our |me )(?=(?:mother|mum|mom|mam|mama|nan|nana|nanna|gran|granny|grandma|father|dad|grandad|grandpa"
         r"|husband|wife|partner|hubby)(?: \d+)?(?: years?| yrs?| yo)?(?: old)? (?:has|s|is|has been|s been) (?:had |got "
         r"|having |suffering (?:with |from )?)?(?:\w+ ){0,2}?(?:bad|sore|painful|dodgy) back|back pain|backache\b)")
#: a greeting the message opens on before the relative it is typed for (session 22, engine _as_patient)
PROXY_GREETING = ("hi", "hiya", "hello", "hey", "good morning", "good afternoon", "good evening", "morning", "evening", "dear",
                  "greetings",
                  # ... or the address alone (session 26D): "sir or madam, my husband ...", "to whom it may concern, ..."
                  "to whom it may concern", "sir or madam", "madam or sir", "sir", "madam")
#: the words that may follow the greeting ("hi all", "hello doctor")
PROXY_GREETED = (# ... "sir or madam" (session 26D; before "sir": the longer first)
                 "sir or madam", "madam or sir", "sir madam", "madam sir", "sirs", "ladies and gentlemen", "to whom it may concern",
                 "all", "everyone", "there", "doctor", "doc", "dr", "sir", "madam", "folks")
#: the message opens on the relative it is typed for, their back told after it (session 18c; bot/reading/redflags.py
#: _as_patient): the relative, the subject, is the patient ("my nan ... landed on her bum ..., shes been holding her back")
PROXY_SUBJECT = (
    # what befell them told first: "my nan (91) missed the bottom step ..., shes been
    # holding her back since" (not "my mum fell down the stairs": nothing of her back)
    r"^(?:my |our |me )(?=(?:mother|mum|mom|mam|mama|nan|nana|nanna|gran|granny|grandma|father|dad|grandad|grandpa"
    r"|husband|wife|partner|hubby)\b.* (?:she|he|shes|hes)(?: has| s)?(?: been)? (?:holding|clutchin[g]|rubbin[g]|complainin[g] (?:of|about)"
    r"|moanin[g] about|in (?:agony|pain) with) (?:her|his) (?:lower )?back\b)",
    # the relative named as by the family, an age and "she" or "he" told next, their back hurting after (session 26I): "mummy
    # is 81, she slip in the shower ..., since then her lower back hurting her", "dad is 79, he fell off a chair, his back is sore"
    r"^(?:(?:my|our|me) )?(?=(?:mummy|mommy|mammy|mum|mom|mam|mama|nan|nana|nanna|granny|gran|grandma|daddy|dad|papa|grandad"
    r"|grandpa)\b(?: \S+){0,4}? , (?:she|he) .* (?:her|his) (?:lower |low )?back (?:\w+ ){0,2}?(?:hurt\w*|pain\w*|ach\w*|sore"
    r"|killin[g]|bad|playin[g] up)\b)",
)
#: a word adding to what was told before, opening the message on "he" or "she" (session 32AP; engine _opens_on_him): "also he
#: is getting very thin", "on top of that she has a temperature" (the longer first)
THIRD_OPENERS = (r"and also|and on top of that|on top of that|and plus|plus|besides that|besides|also|furthermore|moreover|and"
                 r"|in addition|whats more|as well as that|and another thing"
                 # ... or a time told first (session 33L): "today she passed a motion in her clothes", "this morning he wet himself"
                 r"|today|yesterday|this morning|this afternoon|this evening|tonight|last night|earlier today|earlier",)
#: the writer named: a message with none of these, told of "he" or "she", is typed for the patient (session 17)
WRITER = ("i", "im", "ive", "id", "me", "my", "mine", "myself", "we", "us", "our", "ours", "weve")
#: the message opens on a relative told as the one with the signs and a back pain going on now, and the writer names
#: no sign of their own (session 18a): "my husband (58) says both his legs feel like cotton wool ... back has hurt for
#: weeks". The relative's words are dropped and their pronouns read as the patient's (bot/reading/redflags.py
#: _as_patient); not "my dad had back pain years ago", not a message naming the writer ("my", "i", "me")
PROXY_SELF = (# after a greeting too, the age told "age 68" (session 19k): "sir my father age 68 is having lower back pain"
              r"(?:(?:dear |respected |hello |hi |good (?:morning|evening|afternoon) )?(?:sir|madam|maam|doctor|doc|dr)(?: ,)? )?"
              r"(?:my|our|me) (?:mother|mum|mom|mam|mama|nan|nana|nanna|gran|granny|grandma|father|dad|grandad|grandpa"
              r"|husband|wife|partner|hubby|missus)(?: ,)?(?: (?:age|aged))?(?: \d+)?(?: years?| yrs?| yo)?(?: old)?"
              # ... a Singlish particle after the age, the back told with no verb (session 26F): "my father 75 years old lah,
              # lower back pain long time already", "my mum, 80, bad back for months"
              r"(?: (?:lah|leh|lor|la|ah|sia|hor))?(?: ,)? (?=(?:says|said|has|s|is|cant|can t"
              r"|feels|keeps|tells us|having|got|suffering|complains|complaining|(?=(?:lower |low |bad |sore |chronic )?back\b))\b(?!.*\b(?:i|im|ive|id|my|me|myself|mine)\b)(?!.*\b(?:ago|used to|years back)\b)"
              r".*\b(?:back (?:\w+ ){0,3}?(?:hurt\w*|pain\w*|sore|ach\w*|killin[g]|bad|playing up)|back pain|backache|bad back"
              r"|sore back"
              # ... or the back named by its diagnosis (session 23Q): "my husband, 79, has spinal stenosis"
              r"|(?:spinal|lumbar|canal) stenosis|slipped disc|(?:disc|disk) (?:prolapse|herniation|bulge)|herniated (?:disc|disk)"
              r"|sciatica)\b)",)
PROXY_PRONOUNS = {"his": "my", "her": "my", "he": "i", "hes": "im", "she": "i", "shes": "im", "him": "me", "hed": "id",
                  "shed": "id",
                  # "writing on behalf of my brother. he wet himself" (session 22)
                  "himself": "myself", "herself": "myself"}
#: a pronoun only before what it owns (the Dutch pack's "zijn"): none here
#: the relative typed for, named again by another word of the same kin: that relative is the patient (session 23P; the
#: engine's _same_kin_as_patient): the words of one kin, who owns them, and the patient's subject put for them
PROXY_SAME_KIN = ("father dad daddy papa pappa pa pop pops da vati abba baba abbu appa", "mother mum mom mam mama mummy mommy mamma ma mammy ammi amma", "husband hubby", "wife missus wifey", "grandfather grandpa grandad granddad gramps", "grandmother grandma gran granny nan nana nanna")
PROXY_KIN_OWNERS = ("my", "our", "me")
PROXY_KIN_SELF = "i"
#: words after "he"/"she" that make it "it" (the French pack's "il y a"): none in English
IMPERSONAL_NEXT: tuple = ()
IMPERSONAL_BEFORE: tuple = ()
PROXY_PRONOUNS_BEFORE: dict = {}
#: the patient's own past, not a relative: "had leukaemia as a kid"
OWN_CHILDHOOD = (r"(?:as|when i was) (?:a )?(?:kid|child|teen|teenager|baby|boy|girl|little one|youngster)",)
#: the patient themself
FIRST_PERSON = ("i", "im", "ive", "id", "me")
#: the object forms among FIRST_PERSON: "him" stands for "me", no subject of a clause (session 36, the lead)
FIRST_PERSON_OBJECT = ("me",)
#: someone else's ("her legs"): not the patient's legs
OTHERS_POSSESSIVE = ("her", "his", "their")
#: a possessive that is also a verb (the Dutch pack's "zijn", session 26F): none here
POSSESSIVE_OR_VERB: tuple = ()
OWNER_OPENERS: tuple = ()
OWNED_VERBS: tuple = ()
#: who else has a limb (bot/reading/redflags.py _others_limb): a relative or an animal, "my dog's leg is getting weaker",
#: "my mums legs are numb" are not the patient's
OTHER_BEINGS = (FAMILY[0], r"dog|doggy|doggie|doggo|puppy|pup|cat|kitty|kitten|horse|pony|pet|rabbit|bunny")
#: an animal with its owner or article, the subject of a fever (session 33E, bot/reading/redflags.py _animal_fever): "our dog has a
#: temperature", "the mare has had a fever for days" (no food animal: "ate lamb and now a fever" is the patient's)
FEVER_ANIMALS = (r"(?:my|our|the|me|his|her|their) (?:\w+ )?(?:dog|dogs|puppy|pup|cat|cats|kitten|horse|horses|mare|pony|foal|stallion|gelding"
                 r"|cow|cows|heifer|sheep|ewe|goat|donkey)",)
#: ... but these are the patient's own: "my baby toe" is the little toe
NOT_BEINGS = (r"baby toes?",)
#: ... nor a limb told after a being with a word that makes it the patient's (session 27S): "when i walk the dog both legs go numb"
#: (the being the object of the walk, the legs the patient's; bot/reading/redflags.py _OTHERS_LIMB)
OWN_LIMB_AFTER_BEING = ("both", "the")
#: an animal's limbs ("the dog's paw")
ANIMAL_LIMBS = ("paw", "paws", "hind leg", "hind legs", "front leg", "front legs")
#: "the leg of my dog"
OF_WHOM = ("of",)
#: footwear: "my flip flop keeps falling off" is no fall of the patient's (NOT_A_FALL); the Dutch
#: "mijn slipper valt af" no weight lost (bot/reading/redflags.py _footwear_falls_off)
FOOTWEAR = (r"sliders?|slippers?|shoes?|flipflops|flip flops?|crocs?|sandals?|socks?|trainers?|boots|wellies|wellys|clogs?"
            r"|sneakers?|loafers?|espadrilles?|jandals?",)
#: a dropping foot told by its footwear alone, no limb named (session 28A; bot/reading/redflags.py _foot_sign_alone, read by
#: the whole-message worsening net): the footwear that comes off or stays behind while walking ("my trainer keeps slipping
#: off when i walk", "the flip flop gets left behind when i step", "i keep losing my sandal when i walk")
_WALKING = (r"(?:(?:when|while|as|if|whenever|every time|each time) (?:i |im |i m |i am )?(?:walk|walkin[g]|step|stepping|take a step"
            r"|go up|going up|clim[b]|climbing|move|moving|waka|dey waka|de waka|wakka|wakin[g])\b|(?:with |at )?(?:every|each) step)")
FOOT_SIGN_ALONE = (
    r"{FOOTWEAR}(?: \w+){0,3}? (?:falls?|falling|fell|slips?|slipping|slipped|sl[iy]des?|sliding|slid|flies|flying|flew|comes?"
    r"|coming|came) off(?: \w+){0,3}? " + _WALKING,
    r"{FOOTWEAR}(?: \w+){0,4}? (?:stays?|staying|stayed|remains?|remaining|remained|gets? left|getting left|got left|is left|are left) (?:behind|on the (?:floor"
    r"|ground|step|stair[s]|pavement))(?: \w+){0,3}? " + _WALKING,
    r"(?:losing|lose|loses|lost) (?:my |me |the |that |this )?(?:left |right )?{FOOTWEAR}(?: \w+){0,3}? (?:off (?:it|that foot"
    r"|my foot)|" + _WALKING + ")",
    r"(?:keep|keeps|kept) (?:on )?(?:walkin[g]|stepping) (?:right )?out of (?:my |me |the |that |this )?(?:left |right )?{FOOTWEAR}",
    # ... or off the foot named, not while walking (session 32AT): "the jandal on my left keeps popping off my foot", "i keep
    # losing my clog off my right foot", "my flip flops fly off my weak foot" (with a worsening told: the worsening net)
    r"(?:{FOOTWEAR}|thongs?)(?: \w+){0,3}? (?:falls?|falling|fell|slips?|slipping|slipped|sl[iy]des?|sliding|slid|flies|flying|flew|comes?|coming|came"
    r"|flicks?|flickin[g]|flicke[d]|flips?|flipping|flipped|pops?|poppin[g]|poppe[d]|shoots?|shootin[g]|shot) (?:right )?off (?:of )?(?:my |me |the |that |this )?"
    r"(?:left |right |bad |weak |other )?(?:foot|feet)\b",
    r"(?:losing|lose|loses|lost) (?:my |me |the |that |this )?(?:left |right )?(?:{FOOTWEAR}|thongs?) (?:\w+ ){0,2}?off (?:of )?(?:my |me |the |that )?"
    r"(?:left |right |bad |weak |other )?(?:foot|feet)\b",
)
#: the footwear lost to something else (session 28A): "lost my shoe in the mud", "my slippers are too big"
FOOTWEAR_OTHER_CAUSE = (r"mud|muddy|snow|bog|puddle|sand|stuck|too (?:big|loose|large|wide)|(?:a )?size too big|untied|laces? undone",)
#: the patient's own ("my legs")
OWN_POSSESSIVE = ("my", "me", "both my", "both of my")
#: an article read as the patient's own possessive (the French pack's "les deux", session 41M): none here
ARTICLE_OWN: tuple = ()
#: a third person's possessive in a sign ("landed on her bottom"): it points back to the relative named before, across
#: commas too (bot/reading/redflags.py _someone_else, session 33)
THEIR_POSSESSIVE = ("his", "her", "their")
#: the patient's own all told fine after a relative's sign ("my husband had cauda equina, couldnt pee ... me, im fine"):
#: read only with a relative's parts in the message (bot/reading/redflags.py _own_told_fine)
#: a relative who had a condition or an operation: what follows without a subject is theirs (_without_relatives)
RELATIVE_HAD = (r"had", r"has had", r"has", r"got", r"was (?:diagnosed|operated|rushed|taken)", r"underwent", r"suffered",
                r"went through", r"needed")
SELF_FINE = (r"(?:me|myself|as for me)(?: ,)? (?:im |i am |i m |i feel |im feeling )?(?:fine|ok|okay|alright|all right|all good|good)",
             r"i (?:dont|do not|havent|have not) (?:have|got) (?:that|any of that|any of those|those|it)",
             r"(?:mine|my own) (?:is|are) (?:fine|ok|okay|normal)")
#: the person's own legs told working fine, after a weak leg asked about in general or told of someone else (session 34S;
#: bot/reading/redflags.py _legs_told_fine): "my legs work fine", "both my legs are perfectly ok" (no negation, no "but")
LEGS_FINE = (r"(?:my|me|both my|my two) (?:own )?legs? (?:are|is|feel|feels|work|works|are working|seem|seem to be|function|still work|do)"
             r" (?:\w+ )?(?:fine|ok|okay|normal|normally|great|perfectly|good|well|strong|alright|all right|perfect)\b",
             # walking told normal (session 34, the lead): "i walk and take the stairs normally"
             r"\bi (?:can )?(?:still )?walk (?:and (?:\w+ ){1,4}?)?(?:normally|fine|without (?:any )?(?:problem|trouble)s?)\b")
#: the weakness itself denied as one's own (session 34, the lead): "i have no weakness", "no weakness at all here"
WEAKNESS_DENIED = (r"\bi (?:have|ve|got|ve got) no (?:\w+ )?weakness\b", r"\bi (?:dont|do not|havent|have not) (?:have |got )?any (?:\w+ )?weakness\b",
                   r"\bno weakness (?:at all|here|myself|for me|in my legs?)\b", r"\bnot weak myself\b")
#: the signs asked or read about, then denied as one's own (session 23K): "ive not got either of those myself", "none of
#: those here" (a denial whole by itself: what follows it is another matter)
SIGNS_DENIED = (r"(?:i|ive|i ve|i have|i havent|i have not) (?:not |never )?(?:got |had )?(?:either|any|one|both|none) of (?:those|them|these|that)",
                r"(?:neither|none) of (?:those|them|these|that)(?: (?:for me|here|myself))?",
                r"i (?:dont|do not|havent|have not|didnt) (?:have|got|get) (?:that|those|it|them|this)\b",
                r"(?:i|ive|i ve|i have) (?:not|never) (?:got|had) (?:that|those|it|them|this)\b")
#: ... the place denied, and only a pain owned (session 23P): "i have no numbness anywhere there", "i only have pain in my back"
SIGNS_DENIED += (r"(?:i|ive|i ve|i have|ive got|i have got|i got) no (?:\w+ ){1,2}?(?:anywhere |at all )?(?:there|down there|in that area)\b",
                 r"(?:i|myself i|me i|personally i) (?:only|just) (?:have|got|get|feel) (?:\w+ ){0,2}?(?:pain|ache|backache|stiffness)\b",
                 r"(?:all i have|all ive got|all i got|the only thing i have) (?:is|are) (?:\w+ ){0,2}?(?:pain|ache|backache|stiffness)\b")
#: ... a form's or a warning's sign denied plainly (session 25Y): "i dont have anything like that", "nothing like that for me",
#: "i can feel everything fine down there"
SIGNS_DENIED += (r"(?:i|ive|i ve|i have) (?:dont|do not|havent|have not|not|never) (?:have |got |had |felt |noticed )?(?:anything|nothing|owt)"
                 r" (?:like|of) (?:that|those|this|it)\b", r"nothing (?:like|of) (?:that|those|this)(?: (?:for me|here|with me|myself))?(?= ,| \.|$)",
                 r"i (?:can |do )?feel (?:everything|it all)(?: (?:fine|normally|normal|ok|okay|alright|as usual|just fine))?"
                 r"(?: (?:down there|there|down below))?(?= ,| \.|$)")
#: ... the own legs told fine (session 27R), after a relative's or a neighbour's foot drop: "i dont trip", "my feet lift fine",
#: "i walk normally" (not "i dont trip as much", "i walk fine but ...": a sign told after it stays read)
SIGNS_DENIED += (r"(?:i|me i) (?:dont|do not|never|havent|have not) (?:ever )?(?:trip|tripped|stumble|stumbled|drag (?:my|me) (?:foot|feet|leg))"
                 r"(?= ,| \.|$)", r"(?:my|me) (?:feet|foot|legs|leg) (?:lift|lifts|come up|comes up|work|works) (?:up )?(?:fine|ok|okay|normally"
                 r"|normal|properly|well)(?= ,| \.|$)", r"i (?:walk|am walking|m walking|can walk) (?:just )?(?:fine|normally|normal|ok|okay|properly)(?= ,| \.|$)")
#: the patient's own parts: named with OWN_POSSESSIVE inside a sign's words ("the fork hit my
#: back"), the sign is the patient's whoever is named before
#: and the patient's car hit from behind ("a lad went full into the back of my car", session 16b)
OWN_PARTS = ("back", "spine", "tailbone", "coccyx", "bum", "backside", "bottom", "butt", r"hips?", "side", "car")
#: the patient named as what was struck, inside the trauma words (bot/reading/redflags.py _STRUCK_OWN, session 25Z): "some lad
#: went into the back of us", "a lass drove into the back of my car" (the word just after the match counts): the patient's blow
STRUCK_OWN = ("me", "us", r"(?:back|side|front|rear|boot|bumper) of (?:my|our)",
              # ... a charge into the patient's legs or back (session 38C): "a kid on a scooter ploughed into my legs"
              r"(?:into|in to) (?:the back[s]? of |the side of )?(?:my|our) (?:\w+ )?(?:leg[s]?|knee[s]?|calve[s]|thigh[s]|hip[s]?|back|side)")
#: a car struck with no one in it (bot/reading/redflags.py _not_aboard, session 28I): the patient's own car named in the 4 words
#: before the trauma words or in them (OWN_VEHICLE), and the patient told as not in it after them (NOT_ABOARD): "my car got hit
#: while parked, i wasnt in it" is the car's, not a trauma ("a van hit me, i wasnt in the car, i was on my bike" names no car)
OWN_VEHICLE = (r"(?:my|our|me) (?:\w+ )?(?:car|van|motor|vehicle|taxi|cab|jeep|suv|ute|truck|pickup)",)
NOT_ABOARD = (r"(?:i|we) (?:wasnt|was not|werent|were not|wasn t|weren t) (?:\w+ )?(?:in|inside|near) (?:it|the car|the van|there|my car)",
              r"(?:no ?one|nobody|noone) (?:was )?(?:in|inside) (?:it|the car|the van|there)", r"(?:it was )?empty at the time")
#: hedges that do not deny ("i think", "i guess"): dropped before reading who is meant
HEDGES = ("i think", "i believe", "i guess", "i know")
#: a relative who takes the temperature: "missus stuck the thermometer in and it said 38.7" is the patient's (session 18f)
#: a relative who noticed the patient's own (session 24V): "wife noticed my trousers were wet" is the patient's
RELATIVE_SAW = (r"(?:noticed|notices|saw|sees|seen|spotted|spots|clocked|pointed out|found|finds)",)
TEMP_TAKEN = (r"(?:stuck|put|shoved|popped|took|checked|did) (?:\w+ ){0,3}?(?:thermometer|my temp\w*)",)
#: "stable", "not getting worse": weakness that is not worsening
STABLE = (r"stable", r"not (?:getting )?worse", r"no worse", r"same", r"unchanged", r"constant",
          # "it hasnt got any worse", "havent gotten worse", "its not any worse"
          r"(?:hasnt|havent|has not|have not|hadnt|isnt|arent|not) (?:got |gotten |been |become |getting )?(?:any |much )?worse",
          # "it hasnt changed since march" (session 18c)
          r"(?:hasnt|havent|has not|have not|not) (?:\w+ )?change[d]",
          # "no change since last year", "never changed" (session 26F)
          r"no (?:real |big )?change", r"never (?:\w+ )?change[d]",
          # Jamaican and Pidgin "nuh" / "nah" / "no" = not (session 23Q): "it nuh worse than last year", "dem nah get worse"
          r"(?:nuh|nah|naa|no) (?:get |gettin[g] |getting )?(?:any |more )?worse")
#: a comparison with before that tells no course (bot/reading/redflags.py _course_told_stable): "weaker than before"
#: with "it hasnt got any worse since the summer" is stable
COMPARED_BEFORE = (r"weaker than (?:before|it was|they were|they used to be|normal|usual)",)
#: The whole-message worsening net (bot/reading/redflags.py _worsening_leg_net): a limb, what it
#: does when it fails, a worsening told anywhere, and what says it is not getting worse
LIMBS = ("foot", "feet", "leg", "legs", "ankle", "toe", "toes", "shin", "shins", "knee", "knees")
#: a pronoun that takes the limb up after a comma (session 19k; bot/reading/redflags.py _FAILING_LEG): "mi right foot, it just
#: a flop down", "mijn rechtervoet, die wordt zwakker", "mon pied droit, il est tout faible"
LIMB_PRONOUN = ("it", "its", "it s", "they", "theyre", "they re")
#: pronouns of an impersonal clause, never read as a limb named before a comma (session 42T)
LIMB_PRONOUN_IMPERSONAL = ()
FAILING_LIMB = (r"weak\w*|clums\w*|flop\w*",
                # a dropped foot that slaps the ground (session 18e): "my foot's gone lazy, flaps down and slaps the pavement"
                r"laz[y]|flap(?:s|ping|ped)?|slap(?:s|ping|ped)? (?:\w+ )?(?:the |on the )?(?:ground|floor|pavement|road|path)",
                # footwear the foot cannot hold, toes that will not curl: "my flip flop keeps falling off my foot"
                r"(?:sliders?|slippers?|flipflops|crocs?|sandals?|clogs?|shoes?)(?: \w+){0,2}? (?:falls?|falling|fell|slips?"
                r"|slipping|slipped|sl[iy]des?|sliding|slid|flies|flying|flew|comes?|coming|came) off",
                r"(?:wont|dont|doesnt|cant|wouldnt|no longer) (?:\w+ )?(?:curl|grip|scrunch)",
                # a leg that cannot be lifted: "today i cant lift my leg at all"
                r"(?:cant|cannot|couldnt|unable to|struggl\w* to|can barely|can hardly|can no longer) (?:\w+ )?(?:lift|raise)"
                r"(?= (?:my |the |me )?(?:left |right |bad )?(?:leg|foot|knee)s?\b)",
                # the front of the foot that will not come up (session 19k): "mi cyaan lift up di front a di foot at all"
                r"(?:cant|cannot|couldnt|unable to|struggl\w* to|can barely|can hardly|can no longer) (?:\w+ )?(?:lift|raise|pull|bring)"
                r"(?: up)?(?= (?:the |my |me |di |mi )?(?:front|toes?|tip|ball) (?:of|a) (?:my |the |me |di |mi )?(?:left |right )?(?:foot"
                r"|feet)\b)",
                # the high step of a dropped foot: "lift my knee really high so i dont trip"
                r"(?:really |very |extra |right |so |super )?high (?:up )?(?:so|to stop|to avoid|or)\b",
                r"(?:fold|folds|folding|folded|crumple\w*)(?: under| up)?", r"(?:wont|doesnt|dont|will not) (?:\w+ )?(?:listen|obey|do what i)",
                # a foot that feels not one's own (session 28A): "my left foot doesnt feel like mine", with a worsening told
                # (not a foot asleep after sitting: "feels like its not mine after sitting cross legged")
                r"(?:(?:doesnt|does not|dont|do not) feel (?:like )?(?:its |it is )?(?:mine|my own|part of me)"
                r"|feels? like (?:its |it is )?(?:not (?:mine|my own)|someone elses|somebody elses))"
                r"(?! (?:\w+ ){0,2}?(?:after|when|while|from|if) (?:\w+ ){0,2}?(?:sitting|sat|sit|kneeling|knelt|lying|crossing|cross legged"
                r"|squatting|asleep))",
                r"(?:wont|wouldnt|doesnt|didnt|cant|couldnt) (?:\w+ )?(?:twist|swing|bend|respond|unclip)",
                r"(?:not|no|isnt|nae) (?:\w+ )?(?:holding|haudin|carrying|supporting) me", r"buckl\w*",
                r"(?:cant|cannot|couldnt|can barely|can hardly) (?:\w+ )?(?:push|press) (?:\w+ )?(?:the )?(?:clutch|pedal|brake)",
                r"(?:slips?|slides?|falls?|keeps slipping|keeps sliding) off (?:the )?(?:pedal|clutch|brake|step)",
                r"(?:cant|cannot|couldnt) (?:\w+ )?(?:stand|put (?:any )?weight|balance) on",
                r"(?:wont|dont|doesnt|cant) (?:\w+ )?(?:go|move|work) on (?:their|its) own",
                r"(?:had|have|need|needed) to (?:lift|carry|drag|pull|move)",
                r"(?:cant|cannot|couldnt) (?:\w+ )?(?:work|use|operate|press|push)",
                r"(?:had|has|have|got) nothing in (?:it|them)",
                r"(?:" + _NOT_LOSING + r"no(?= \w+(?! los[t]\b))|lost (?!no\b)(?:\w+ )?|(?:less|little)) (?:strength|power|push|oomph)",
                r"(?:wont|dont|doesnt|cant|barely|hardly) (?:\w+ )?(?:hold|carry|support|push) me",
                # a leg that will not go over or into something: "couldnt get my right leg over the stile"
                r"(?:cant|couldnt|cannot|unable to|struggl\w* to) (?:\w+ )?(?:get|lift|swing|raise|bring)"
                r"(?= (?:my |the |me )?(?:left |right |bad )?(?:leg|foot|knee)s? (?:over|across|onto|into|in|up)\b)",
                # a leg lifted by hand: "had to lift the leg across with both hands"
                r"(?:lift\w*|pick\w*|haul\w*|heav\w*|carr(?:y|ied|ying)|pull\w*)"
                r"(?=(?: up)? (?:my |the |me )?(?:left |right |bad )?(?:leg|foot)s? (?:\w+ ){0,3}?with (?:both |my |me |two )?(?:own )?hands?\b)")
#: the foot that can hardly be lifted any more, told by the lifting first or by the foot itself, and the foot moved from the
#: accelerator to the brake told hard (session 30W; with a worsening told anywhere): "lifting my left foot is almost impossible
#: now", "my right foot barely lifts anymore", "getting my foot from the gas to the brake is a struggle"
FAILING_LIMB += (
    r"(?:lifting|raising)(?= (?:up )?(?:my |me |the |that )?(?:left |right |bad )?(?:foot|feet|toes?|leg)\b(?: up)?(?: \w+){0,2}? (?:is|are|has become"
    r"|have become|gets|got|now|its) (?:\w+ )?(?:almost |nearly |near |practically |virtually |all but )?(?:impossible|a struggle|a battle"
    r"|hard|harder|difficult|a job)\b)",
    r"(?:barely|hardly|scarcely|no longer) (?:lifts?|comes? up|goes up|rises?|lift up)\b",
    # ... in Pidgin, and the leg going on the patient (session 30AD; with a worsening told): "my right foot no fit lift well", "my leg
    # no dey fit carry me", "my left leg went on me twice"
    r"(?:no|no dey|no go|never) fit (?:\w+ )?(?:lift|raise|carry|hold|stand|waka)\b",
    r"(?:went|goes|gone|going) on me\b",
    r"from (?:the )?(?:accelerator|gas|throttle|clutch)(?: pedal)? (?:to|onto|over to|across to) (?:the )?brake\b(?: pedal)?(?: \w+){0,4}?"
    r" (?:a (?:real )?struggle|struggl\w*|hard|harder|tough|difficult|a job|a faff|a battle|slow|awkward|a pain)\b",
)
#: a decline told day by day (bot/reading/redflags.py _worsening_leg_net): a day or a moment, how it went then
_WHEN = (r"(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday"
         r"|yesterday|today|tonight|now|this morning|last night|last week|at first|first|then|by \w+)")
_EASY = r"(?:fine|ok|okay|easily|easy|no (?:problem|bother|trouble)|normal|alright|all right)"
_HARD = r"(?:a struggle|struggl\w*|hard|harder|tough|difficult|a job|barely|only just|just about)"
_NONE = r"(?:nothing|no chance|no way|not at all|impossible|cant|couldnt|wont|wouldnt|not a chance)"
WORSE_NOW = (r"getting worse|gets worse|its worse|is worse|worse (?:than|every|each|by|since|again|today|now)|worsening",
             # first only now and then, now always (session 21f): "at first only in the evening when tired, now every step"
             r"(?:at first|first) (?:\w+ ){0,3}?(?:only|just|sometimes|now and then)\b(?: \S+){0,10}? , (?:but |and )?now\b",
             r"\w+ier (?:every|each|by the) (?:day|week)",  # "floppier every day"
             # "every day its a bit floppier than the day before" (session 18e)
             r"(?:weaker|floppier|clumsier|heavier|worse|number) than (?:the (?:day|night|week) before|yesterday)",
             r"weaker (?:every|each|by|since)|weaker than (?:it was|before|last|yesterday|this morning|a week ago|a few days ago|on)",
             r"(?:even|still|much|way) worse",
             # "more each day" opening a clause or after the weakness (session 17): "my left leg is weak, more each day"
             # (not "i walk more each day")
             r"(?:(?<=, )|(?<=weak )|(?<=weaker )|(?<=and )|(?<=it gets ))(?:a (?:bit|little|tad) )?more (?:each|every) (?:day|week"
             r"|morning)",
             # ... the day first, the "more" or the worse after, and a bare "more and more" (session 38D, a non-native writer): "my leg
             # is weak, every day more", "every week worse", "day by day weaker" (not "every day more pain")
             r"(?:(?<=, )|(?<=weak )|(?<=weaker )|(?<=and ))(?:(?:each|every) (?:day|week|morning)|day by day|day after day|week by week"
             r"|week after week) (?:a (?:bit|little|tad) )?(?:more(?= ,| \.|$| weak\w*| often\b)|worse\b|weaker\b)",
             r"(?<=, )more and more(?= ,| \.|$)",
             # ... the verb left bare (session 38D): "my leg is weak and it get worse" (not after "if")
             r"(?<!\bif )\b(?:it|they) (?:get|become|go) worse\b",
             # falling more and more is a worsening (session 16c): "the same as last week but im falling more"
             r"(?:falling|fall|falls|tripping|trip) (?:over )?(?:more|more and more|more often|a lot more)\b",
             # a decline told day by day: "sat i was climbing it fine, mon it was a struggle, today nothing"
             rf"{_WHEN} (?:\w+ ){{0,5}}?{_EASY} , (?:then |but |and )?{_WHEN} (?:\w+ ){{0,5}}?(?:{_HARD}|{_NONE})",
             rf"{_WHEN} (?:\w+ ){{0,5}}?{_HARD} , (?:then |but |and )?{_WHEN} (?:\w+ ){{0,3}}?{_NONE}")
NOT_WORSE = (r"(?:not|isnt|arent|wasnt|doesnt|dont|never|aint|hasnt|havent|has not|have not) (?:\w+ ){0,2}?(?:worse|worsening)|no worse",
             r"stable|(?<!doing )the same|unchanged",
             r"(?:nuh|nah|naa) (?:get |gettin[g] |getting )?(?:any |more )?worse",  # Jamaican "it nuh worse" (session 23Q)  # "the other ones doing the same" is not stable
             r"(?:not|isnt|arent|hasnt|havent|never) (?:\w+ ){0,2}?(?:increas\w*|progress\w*|deteriorat\w*)")  # session 21e
#: a worsening denied outright, the stricter cue a one-leg weakness needs to be read as no worsening (session 16d,
#: bot/reading/redflags.py _gives_way_unchanged): "cant stand on tiptoe, but its not getting worse"
NOT_WORSENING = (r"(?:not|isnt|arent|wasnt|doesnt|dont|never|aint|hasnt|havent|has not|have not) (?:\w+ ){0,2}?(?:worse|worsening)"
                 r"|no worse|(?:nuh|nah|naa) (?:get |gettin[g] |getting )?(?:any |more )?worse",
                 # unchanged told as a course (session 18c): "physio says its exactly the same as in summer, hasnt changed at all"
                 r"(?:hasnt|has not|havent|have not|not|never) (?:\w+ )?change[d]|exactly the same|(?:just |still )?the same as (?:in|at|last"
                 r"|before|it was|they were|when|back in)",
                 # a course denied in other words (session 21e): "same only for past 8 months, not increasing", "not progressing"
                 r"(?:not|isnt|arent|hasnt|havent|never|no) (?:\w+ ){0,2}?(?:increas\w*|progress\w*|deteriorat\w*|spreading)"
                 r"|same (?:\w+ ){0,2}?(?:for|since|over) (?:the )?(?:past|last|\d+) ")

# --------------------------------------------------------------------------
# The patterns of each red flag (regexes on the reader's normalised tokens).
# "{NAME}" in a pattern is the alternation of table NAME merged over every
# pack (bot/reading/redflags.py _fill), so an English pattern still reads a Dutch word
# in its slot ("my plas is weak"); a regex quantifier "{0,3}" is left alone.
# --------------------------------------------------------------------------

#: bare answer words: "? no", "fever: nee" (the mark is dropped before the word)
NO_AFTER_MARK = ("no", "nope", "none", "never", "not")
#: "fever, no": a bare answer word after a comma belongs to what precedes it
NO_AFTER_COMMA = ("no", "nope", "none", "never", "not really")
#: a bare "no" that opens a sentence ("no, I ..."): its own sentence
NO_INTERJECTION = ("no", "nope", "nah", "nay")
#: a softener after that "no" ("nee hoor"); none in English
NO_SOFTENER: tuple = ()
#: "leg's weak" -> "leg is weak", except these ("it's", "that's": the apostrophe is dropped)
APOS_S_KEEP = ("it", "that", "there", "what", "let", "he", "she", "who", "here", "where", "how")
#: "can't feel nothing" is "can't feel anything": (regex, replacement) on normalised text
DOUBLE_NEGATION = (
    (r"\b((?:cant|couldnt|dont|doesnt|didnt|can barely|can hardly) (?:really |even )?feel) (?:nothing|no thing)\b",
     r"\1 anything"),
)  # fmt: skip

# ---- saddle numbness ----
#: a leg in the gap of a saddle match: past 6 words through a leg, the numbness is the leg's
LEG_IN_GAP = (r"legs?", "feet", "foot", r"soles?", r"knees?", r"thighs?", "calf", "calves", r"shins?")

# ---- bladder and bowel ----
URINE = ("pee", "pees", "wee", "wees", "piss", "urine", "urinate", "urinating", "bladder", "water")
STOOL = ("poo", "poop", "poos", "stool", "stools", r"bowels?", "faeces", "feces", "number two",
         r"number twos|big jobs?")  # the nursery words (session 21e): "traces of big jobs in my knickers"
#: what goes unnoticed: "didn't notice I needed the toilet"
PEE_EVENT = (
    r"pee|peeing|peed|wee|weeing|weed|urinat\w*|go|gone|going|poo|poop|pooed|pooing|pooping|wet|wetting|leaked|leaking"
    r"|need to go|needed to go|have to go|had to go|needed the (?:toilet|loo|bathroom)|need the (?:toilet|loo|bathroom)"
    r"|needed a (?:wee|pee|poo)|need a (?:wee|pee|poo)|had to pee|had to wee",
)
#: the toilet, or going: "too late for the loo"
TOILET = ("toilet", "loo", "bathroom", "restroom", "wc", "pee", "wee", "peeing", "weeing")
#: passing water as a verb: "struggle to pee"
PEE_VERB = (
    r"pee|peeing|wee|weeing|urinate|urinating|piss|pissing|pass (?:urine|water)"
    r"|passing (?:urine|water)|empty (?:my |the )?bladder|emptying (?:my |the )?bladder"
    r"|go for a (?:pee|wee)",
)
#: what cannot be held besides urine and stool ("can't hold it in")
HOLD_WHAT = ("it in",)
#: the stream ("can't stop the flow")
STREAM = ("flow", "stream")
#: where an accident happens: "an accident in my pants"
ACCIDENT_PLACES = ("pants", "trousers", "underwear", "knickers", "undies", "bed", "pyjamas", "pajamas", "nappy", "sleep",
                   "boxers", "briefs", "jeans", "shorts", "leggings", "joggers", "trackies", "pjs", "sheets", "kecks", "y fronts",
                   # Irish, Australian (session 19k): "a bit of a leak in the jocks"
                   "jock[s]", "grundie[s]", "undercracker[s]",
                   # (session 27K) "an accident in my underpants", "in me drawers", "in my panties", "in my diaper"
                   "underpant[s]", "drawer[s]", "draw[s]", "pantie[s]", "diape[r]", "diaper[s]", "nappie[s]", "skivvie[s]", "bloomer[s]")
#: "in me pants", "in my work trousers", "all over the sheets": the place of such an accident, whoever's words
#: ("me" is "my" in the North and in Ireland); one word may stand before the place ("my new knickers")
#: English places only: the slot {ACCIDENT_PLACES} is every pack's, and a French "slip" (briefs) or "lit" (bed) is
#: another thing in English ("an accident on the slip road").  A place word that is part of another thing is no
#: place of soiling: a bed of a river, a truck or flowers, a slip road, a sleep clinic, a jeans shop ("an accident
#: on the bed of the truck", "in the flower bed", "in the sleep clinic car park"); "the bed of my son" stays a bed.
_OWN_ACCIDENT_PLACES = "(?:" + "|".join(ACCIDENT_PLACES) + ")"
def _unread(*words: str) -> str:
    """Words of a guard spelt out of the typo reader's vocabulary ("garde[n]"): a word a pattern only rules out must
    not become a word the typo reader reads other words as ("worry" is no "lorry")."""
    return "|".join(w[:-1] + "[" + w[-1] + "]" if len(w) >= 5 and w.isalpha() else w for w in words)


_NOT_A_PLACE_BEFORE = "(?!(?:" + _unread(
    "flower", "river", "sea", "truck", "lorry", "pickup", "van", "trailer", "test", "seed", "nail", "rose", "veg",
    "vegetable", "garden", "hot", "oyster", "reed", "creek", "stream", "lake", "sun", "tanning", "ocean", "canal",
    "stone", "gravel", "track", "rail") + ") )"
_NOT_A_PLACE_AFTER = r"\b(?! (?:of (?!my |me |his |her |their |your |our )|" + _unread(
    "road", "roads", "lane", "lanes", "way", "clinic", "clinics", "centre", "center", "lab", "labs", "unit", "study",
    "shop", "shops", "store", "stores", "factory", "department", "section", "aisle", "warehouse", "park", "room",
    "rooms", "frame", "company", "outlet", "market", "station", "van", "truck", "lorry", "ward", "ramp", "track",
    "rink", "slope") + r")\b)"
_IN_ACCIDENT_PLACE = (
    r"(?:in|on|all over|inside) (?:my |me |the |his |her |their |your |our |mon )?" + _NOT_A_PLACE_BEFORE
    + r"(?:\w+ )?" + _OWN_ACCIDENT_PLACES + _NOT_A_PLACE_AFTER
)
#: shared bladder patterns' slots (bot/reading/redflags.py _SHARED_BLADDER)
LEAKED = ("peed", "weed", "wet", "leaked", "pooed", "pooped", "soiled",
          # a bit of it let out (session 24V): "let a bit of wee out without realising"
          r"(?:let|lost) (?:a |some |a bit of |a little |a little bit of |a drop of |a few drops of |a dribble of )?(?:pee|wee|urine)(?: out)?", r"(?:pee|wee|urine) (?:\w+ )?(?:escape[d]|came out|leaked out|slipped out)")
WITHOUT = ("without",)
#: "without" before these words denies nothing (session 39, the lead): "without warning i fell off the ladder" read no fall
WITHOUT_FRAMES = frozenset("warning notice reason cause thinking meaning realising".split())
WITHOUT_FRAME_FILLERS = frozenset("any a an much real prior the".split())
NOTICING = ("knowing", "noticing", "feeling", "realising", "realizing")
TOO_LATE = ("too late",)
BLADDER = ("bladder",)
FULL = ("full",)
CANT_GO = ("cant", "couldnt", "unable to")
GO_EMPTY = ("go", "pee", "wee", "empty it")
WEAK_STREAM_BEFORE = ("weak", "weaker", "slow", "poor", "thin", "feebl[e]", "pitifu[l]", "puny")  # ... feeble (session 33B)
STREAM_WORD = ("stream", "urine flow", "pee flow", "wee flow")
WEAK_STREAM_AFTER = ("weak", "weaker", "slow", "poor", r"trickl\w*", "feebl[e]", "patheti[c]", "pitifu[l]", "puny")  # session 33B
#: a shower, tap, hose or kettle that gives the weak stream, not the person (session 32AT; bot/reading/redflags.py
#: _a_fixtures_stream): "the shower is down to a feeble trickle", "our kitchen tap only dribbles" (not "in the shower", "under
#: the tap": the person there; not with the person's own water named, NET_BLADDER, or FIXTURE_OWN: "i pee a trickle")
FIXTURE_STREAM = (r"(?:the|my|our|that|this|from the|out of the) (?:\w+ )?(?:showe[r]|showe[r]s|showerhea[d]|shower hea[d]|tap|taps|fauce[t]"
                  r"|hose|hosepip[e]|kettl[e]|sprinkle[r]|watering ca[n]|spou[t]|fountai[n])",)
FIXTURE_INSIDE = ("in", "under", "into", "after", "before", "during")
FIXTURE_OWN = (r"toile[t]", "loo", r"(?:run|runnin[g]|ran|turne[d] on|turn on|turnin[g] on|with) (?:the |a )?taps?", r"taps? (?:\w+ )?(?:runnin[g]|on)", "wc", r"bathroo[m]", r"lavator[y]", "i go", r"i dribbl\w*", "passing water", "pass water", r"(?:my|me) (?:\w+ )?(?:strea[m]|flow)", r"(?:i|ive|i ve) (?:\w+ )?(?:have|get|got|had|do) (?:\w+ ){0,2}?(?:strea[m]|flow|trickl\w*)")
SUDDEN = ("sudden", "urgent")
URGE = (r"urges?",)
URGE_TARGET = ("toilet", "loo", "bathroom", "wc", "pee", "wee", "poo")
PASS_WATER = ("pee", "wee", "urinate")
NOTHING_COMES = ("nothing", "hardly anything", "very little", "only a little", "not a drop", "not a single drop", "a dribble")
#: a known bowel disease explains "bowel problems" (not a new red flag)
KNOWN_BOWEL = ("ibs", r"crohn\w*", "colitis")

#: the toilet as a place to make it to: "didnt make it to the gents"
_LAV = r"(?:toilets?|loos?|bathroom|wc|gents?|lad(?:ies|ys)|lav|lavator(?:y|ies)|bog|restroom|washrooms?)"
#: a mark from a period is no leak (session 17a)
#: clothes found wet, and no rain, sweat or spill named near (session 32AZ)
_WET_CLOTHES = (r"(?:trousers|pants|joggers|trackie[s]|tracksuit bottoms|track[y] bottoms|sweatpant[s]|sweats|jeans|leggings|shorts|knickers"
                r"|undies|boxers|underwear|pyjama bottoms|pjs)")
_NOT_RAIN_BEFORE = (r"(?!(?: \S+){0,14}? (?:rain\w*|drizzl\w*|sweat\w*|puddl\w*|spill\w*|spil[t]|snow\w*|sea|pool|shower\w*|bath\w*|swim\w*"
                    r"|tea|coffee|beer|blood\w*|bleed\w*|paint)\b)")
_NOT_A_PERIOD = (r"(?!(?: \S+){0,12}? (?:perio[d]|period[s]|menstrua\w*|spottin[g]|time of the month|on the rag"
                 r"|pain[t]|mud|coffe[e]|tea|wine|ink|greas[e]|oil|ketchu[p]|chocolat[e]|sauc[e]|food)\b)")  # nor paint, mud...
#: nothing comes, told without the bladder named (session 33B; used by the two patterns after "the urge" and "a full bladder"
#: below): "nothing comes", "nothing happens", "it just wont come" (not "nothing comes to mind", "nothing came of it", "it
#: wont come back", "nothing comes up" of a cough)
_NOTHING_CAME = (r"(?:(?:and|but|yet|then|n) )?(?:still |just |absolutely |simply )?(?:nothing|nowt|zilch|not a drop|not a thing"
                 r"|hardly anything|barely anything|next to nothing|almost nothing) (?:\w+ )?(?:comes?|came|comin[g]|happens?|happene[d]"
                 r"|will come|would come|wants to come|flow[s]?)(?: out)?\b(?! (?:of|to mind|to me|into my head|up|back|in|on|through|home"
                 r"|alon[g]|round|around|easy|easily)\b)"
                 r"|(?:it|the pee|the wee) (?:just |simply |still )?(?:wont|will not|doesnt|does not|wouldnt|would not|didnt|did not"
                 r"|refuse[s] to|refuse[d] to) (?:\w+ )?(?:come|come out|flow|start|budge)\b(?! (?:back|to me|off|on|up|together|round"
                 r"|undone|easy|easily|free|loose|through|home)\b)"
                 # ... or it cannot be got started (session 34Q): "but i just cant start", "but i cant get it to start", "but
                 # nothing will start", "but i cant get the flow going" (not "cant start the car", "cant get going in the morning")
                 r"|(?:i |id )?(?:just |simply |still |really )?(?:cant|cannot|couldnt|could not|can not) (?:seem to |even )?(?:start|get started"
                 r"|initiat[e]|get (?:it|the flow|the stream|the pee|the wee|anything) (?:to )?(?:start|started|going|flowing|to flow|to come|out))"
                 r"(?= ,| \.|$| (?:it|at all|even|though|although|and|no matter|whatever|however)\b)"
                 r"|(?:nothing|not a drop) (?:\w+ )?(?:will|would|wants to|seem[s] to) (?:start|get going|begi[n])\b")
#: bladder and bowel trouble (English-shaped patterns)
BLADDER_PATTERNS = (
    # the bladder still full after going (session 24): "after i pee it feels like my bladder is still full"
    r"\bbladder\b(?: (?!(?:not|isnt|doesnt|dont|never|no)\b)\w+){0,4}? (?:still|always) (?:\w+ )?full\b",
    # wet or soiled found where one sat or lay, not noticed (session 22H): "been wet in his chair and doesnt seem to notice",
    # "a mess in my pants, didnt even know it had happened" (not sweat or rain: "wet in bed with sweat")
    r"\b(?:wet|soake[d]|soile[d]|dirt[y]|a mess|messe[d]|poo|pee|wee) (?:\w+ ){0,2}?(?:in|on) (?:my |me |mon |ma |the |his |her )?(?:\w+ )?"
    r"(?:chai[r]|bed|pants|undies|underwea[r]|knicker[s]|trouser[s]|boxer[s]|brief[s]|nappy|nappie[s]|pad|sheets|pyjama[s]|pajama[s]"
    r"|jeans|kecks|breek[s])\b(?: (?!swea\w*|sweatin[g]|rain\w*|showe[r]|drin[k]|spil\w*|pain[t]\w*|mud\w*|coffe[e]|tea|juic[e]|wate[r]|beer|win[e]|ink|greas[e]|oil)\S+){0,12}? (?:doesnt|didnt|does not|did not|dont|not"
    r"|never|no|without|hardly) (?:\w+ ){0,2}?(?:noti[c]\w*|know|knowin[g]|knew|feel|feelin[g]|felt|reali[s]\w*|reali[z]\w*|awar[e])\b",
    # underwear found dirty or wet and nothing noticed (session 20, refresh 29 twin): "my undies were dirty and i didnt
    # even notice anything coming"
    r"\b(?:underwea[r]|undie[s]|pant[s]|knicker[s]|boxer[s]|brief[s]|jock[s]|kack[s]|trouser[s])\b (?:\w+ ){0,2}?(?:was|were|is|are|got)"
    r" (?:\w+ ){0,2}?(?:dirt[y]|soile[d]|staine[d]|wet|dam[p]|muck[y])\b"
    r"(?! (?:\w+ ){0,3}?(?:rai[n]|pain[t]|juic[e]|tea|coffe[e]|wate[r]|puddl[e]|swea[t]|showe[r]|bat[h]|mud|bee[r]|win[e])\b)"
    r"(?: \S+){0,10}? (?:didn[t]|did not|neve[r]|not|haven[t]|hadn[t]|no)"
    r" (?:\w+ ){0,2}?(?:noti[c]\w*|fee[l]|fel[t]|reali[s]\w*|reali[z]\w*|awar[e])\b",
    # not sure the urine comes until one looks (session 20, refresh 29): "im no even sure the pee's comin oot til i look
    # doon", "cant tell if anything is coming out unless i look"
    r"\b(?:not|no|neve[r]|cant|can ?not|hardl[y]) (?:eve[n] |reall[y] |quit[e] )?(?:sur[e]|tel[l]|kno[w]|fee[l])\b (?:if |whethe[r] |tha[t] )?"
    r"(?:the |my )?(?:pe[e]|we[e]|urin[e]|anythin[g]|owt|it)(?: is| s)? (?:\w+ )?(?:comin[g]|comi[n]|come[s]|goin[g]|flowin[g]|passin[g]|out)\b"
    r"(?: \S+){0,3}? (?:til|til[l]|unti[l]|unles[s]|befor[e]) (?:i |ya |you )?(?:loo[k]|see|chec[k]|hea[r])\w*\b",
    # waiting at the toilet for the stream to start (session 19): "i stand at the toilet for 2 minutes before it starts",
    # "sat on the loo for ages before anything happens"
    r"\b(?:toilet|loo|bog|urina[l]|lav[v]y)\b(?: \S+){0,8}? (?:before|till|until) (?:it|anything|something|owt|the (?:pee|wee|stream))"
    # ... told in the past too (session 24V): "sat on the bog for ages before anything came out"
    r" (?:\w+ )?(?:starts?|comes?|happens?|flows?|gets going|came|started|happene[d]|flowe[d]|got going|would (?:come|start))\b"
    r"(?! (?:to )?(?:hurt\w*|ach\w*|pain\w*|rain\w*))",
    # never sure the bladder is empty after passing water (session 24V): "after a wee im never sure its all come out"
    r"\b(?:pee|wee|peeing|weeing|pees|wees|urinat\w*|bladder)\b(?: \w+){0,8}? (?:unsure|never sure|not always sure|never know"
    r"|never really know) (?:if |whether |that )?(?:its|it is|it s|it has|everythin[g]|ive|i have|my bladder|the bladder|all of it)"
    r" (?:\w+ ){0,2}?(?:out|come out|gone|empty|emptie[d])\b",
    # a bowel or bladder accident told as "went wrong" (session 18a): "last night it went wrong in bed with my bowels"
    r"\b(?:went|gone|goes|go|going) wrong\b(?: \w+){0,3}? with (?:my |the |me )?(?:bowels?|poo|poop|stools?|bladder|wees?|pees?"
    r"|number twos?)\b(?! (?:scan|test|op|operation|surgery|infectio[n]|meds|medicatio[n]|tablet[s])\b)",
    # an adult relative soiling or wetting themself, told now (session 18a): "my mum has poo in her knickers", "my dad wet
    # himself without noticing" (not a child: "my toddler wets the bed"; not long ago)
    r"\b(?:my|our|me) (?:mother|mum|mom|mam|mama|nan|nana|nanna|gran|granny|grandma|father|dad|grandad|grandpa|husband|wife"
    r"|partner|hubby|missus)\b(?: \w+){0,3}? (?:poo|poop|pee|wee|piss|pooed|pooped|peed|weed|wet|soiled|messed|wets|soil[s]|pees"
    r"|poos|wetting|soiling)\b(?: \w+){0,2}? (?:(?:in |on )?(?:her|his|the) (?:knickers|pants|underwear|undies|trousers|pyjamas|bed)"
    r"|in bed)\b"
    r"(?!(?: \w+){0,4} (?:ago|as a (?:kid|child)|when (?:she|he) was)\b)",
    r"\b(?:my|our|me) (?:mother|mum|mom|mam|mama|nan|nana|nanna|gran|granny|grandma|father|dad|grandad|grandpa|husband|wife"
    r"|partner|hubby|missus)\b(?: \w+){0,3}? (?:wet|soiled|pooed|pooped|peed|weed|messed|wets|soil[s]|wetting|soiling) (?:hersel[f]"
    r"|himsel[f])\b(?!(?: \w+){0,4} (?:ago|as a (?:kid|child)|when (?:she|he) was)\b)",
    # a leak found afterwards, not felt (session 17a): "found a mark in my knickers and didnt feel anything come out",
    # "theres a stain in my pants, i honestly didnt notice it happen" (not a period: "... my period started")
    r"\b(?:marks?|stains?|streaks?|smears?|traces?|skid ?marks?|brow[n] (?:bit|patc[h]|spot|stuf[f])s?|poo|poop|wee|pee|damp (?:patc[h]|spot)s?"
    r"|wet (?:patc[h]|spot)s?"
    # a wet spot found, not felt (session 18): "i sometimes find a wet spot in my underwear and i didnt notice a thing"
    r"|(?:wet|damp|mois[t]) (?:patche[s]|bi[t]s?|are[a]s?|circl[e]s?)) (?:\w+ ){0,2}?(?:in|on) (?:my|me|her|his) (?:\w+ )?(?:knickers"
    r"|pants|undies|underwear|boxers|briefs|trunk[s]|thong)\b(?: \S+){0,14}? (?:didnt|did not|never|not|couldnt|dont|doesnt|wasnt|hadnt"
    r"|unsure) (?:\w+ ){0,3}?(?:feel|felt|notice|noticed|know|knew|realise[d]?|realize[d]?|awar[e]) (?:\w+ ){0,3}?(?:come|coming|came"
    r"|happen\w*|out|leak\w*|escap\w*|go|going|went|it|anything|owt|thin[g])\b" + _NOT_A_PERIOD,
    r"\b(?:didnt|did not|never|couldnt|not|unsure) (?:\w+ ){0,3}?(?:feel|felt|notice|noticed) (?:\w+ ){0,3}?(?:come out|coming out"
    r"|came out|leak\w*|escap\w*)\b(?: \S+){0,10}? (?:marks?|stains?|streaks?|smears?|traces?|poo|poop|wet|damp) (?:\w+ ){0,2}?"
    r"(?:in|on) (?:my|me|her|his) (?:\w+ )?(?:knickers|pants|undies|underwear|boxers|briefs|trunk[s]|thong)\b" + _NOT_A_PERIOD,
    # retention told as waiting and pushing (session 17a): "i stand at the toilet for ages waiting, have to push and it comes out
    # in dribs and drabs", "a measly little trickle then it stops" (not a trickle of blood or water)
    r"\b(?:toilet|loo|bog|urina[l]|pan|wc|lav)\b(?: \S+){0,6}? (?:waitin[g]|wait|waite[d])\b(?: \S+){0,8}? (?:push\w*|strain\w*)\b",
    # the waiting told first (session 18): "waiting at the loo forever, then i have to push"
    r"\b(?:waitin[g]|wait|wait[s]|waite[d])\b(?: \S+){0,5}? (?:toilet|loo|bog|urina[l]|pan|wc|lav)\b(?: \S+){0,8}? (?:push\w*|strain\w*)\b",
    r"\b(?:toilet|loo|pee|wee|urine|push\w*|strain\w*|waitin[g])\b(?: \S+){0,10}? (?:in )?drib[s] and drab[s]\b",
    r"\b(?:measl[y]|patheti[c]|feebl[e]|weed[y]|tiny|weak|little|thin|puny|pitiful) (?:\w+ )?trickle\b(?! of (?:blood|water|sweat))(?: \S+){0,3}?"
    r" (?:then|and|n) (?:then )?(?:it |that )?(?:stop[s]|stopped|drie[s] up|drie[d] up|peter[s] out|petere[d] out)\b",
    # retention told as pushing again and again (session 17e): "i have to push and push and barely anything comes",
    # "strain and strain and nothing comes out" (not "nothing comes of it")
    r"\b(?:push\w*|strain\w*) (?:and|n) (?:\w+ )?(?:push\w*|strain\w*)\b(?: \S+){0,8}? (?:barely |hardly |almost |next to |virtually |only )?"
    r"(?:anything|nothing|nowt|owt|a dribble|a drop|a few drops|a trickle|a tiny bit) (?:\w+ )?(?:comes?|came|coming)\b(?! of\b)",
    # a leak into the underwear, not felt (session 17e): "something ran into my boxers, was wet, didnt notice", "i think a
    # bit leaked into my pants this morning and i never felt it"
    r"\b(?:something|summa[t]|some|a bit|a little|a drop|a dribble|wee|pee|poo|urine) (?:must have |had |has |have |might have )?"
    r"(?:ran|run|leaked|dribble[d]|trickle[d]|seepe[d]|escape[d]|came out|got|gone) (?:out )?(?:into|in|onto) (?:my|me) (?:\w+ )?(?:knickers"
    r"|pants|undies|underwear|boxers|boxer|briefs|trunk[s]|thong)\b(?: \S+){0,14}? (?:didnt|did not|never|hadnt|had not|wasnt|not"
    r"|unsure) (?:\w+ ){0,3}?(?:feel|felt|notice|noticed|realise[d]?|realize[d]?|awar[e])\b" + _NOT_A_PERIOD,
    # wetting or soiling in one's sleep: "i peed in my sleep", "pooed myself in me sleep last night"
    r"\b(?:peed|weed|pissed|pooed|pooped|shat|soiled|wet|peeing|weeing|pissing|pooing|wetting) (?:\w+ ){0,2}?in (?:my |me )?sleep\b",
    # not feeling whether it comes out, told at the toilet: "when i push i cant even tell if anything comes out" (issue 13)
    r"\b(?:cant|couldnt|cannot|dont|doesnt|didnt|barely|hardly|never) (?:even |really |properly |always )?(?:feel|tell|notice|sense)"
    r" (?:if|when|whether) (?:the |my |a )?(?:poo|poop|wee|pee|stool|stools|urine) (?:\w+ ){0,2}?(?:comes?|coming|came|pass(?:es)|passing"
    r"|passed|out)\b",
    r"\b(?:push\w*|strain\w*|toilet|loo|bathroom|wc|poo\w*|wee\w*|pee\w*|stool\w*|constipat\w*|bowels?)\b(?: \w+){0,8}? (?:cant|couldnt|cannot|dont|doesnt|didnt|barely|hardly|never) (?:even |really |properly |always )?(?:feel|tell|notice|sense|know) (?:if|when|whether) (?:anything|something|it|its|any|ive|i have|i am|im|the (?:poo|wee|pee|stool)) (?:\w+ ){0,2}?(?:comes?|coming|came|gone|going|passing|passed|finish\w*|done|out)\b",
    r"\b(?:cant|couldnt|cannot|dont|doesnt|didnt|barely|hardly|never) (?:even |really |properly |always )?(?:feel|tell|notice|sense|know) (?:if|when|whether) (?:anything|something|it|its|any|ive|i have|i am|im|the (?:poo|wee|pee|stool)) (?:\w+ ){0,2}?(?:comes?|coming|came|gone|going|passing|passed|finish\w*|done|out)\b(?: \w+){0,6}? (?:push\w*|strain\w*|toilet|loo|bathroom|wc|poo\w*|wee\w*|pee\w*|stool\w*|constipat\w*|bowels?)\b",
    # an accident named with the bowel or bladder: "had an accident w a number two" (issue 13)
    r"\baccidents? (?:with|w|involving) (?:my |the |a |an |some |me )?(?:little |small )?(?:{URINE}|{STOOL}|poop|pooh|number one"
    r"|wee wee)\b(?! (?:bott|glas|jug|heat|pipe|tap|filt|cool|main)\w*)",
    # "thought it was just a fart n it wasnt", "had to bin my boxers"; "havent managed a wee since last night"
    r"\bfart\b(?: \S+){0,4}? (?:wasnt|was not|it wasnt|it was not)\b",
    r"\b(?:bin|binned|throw away|threw away|chuck|chucked) (?:my |me )?(?:boxers|pants|underwear|knickers|undies|trousers)\b",
    r"\b(?:havent|have not|hasnt|couldnt|cant|not) (?:\w+ )?(?:managed|been able) (?:to )?(?:\w+ )?(?:wee|pee|go|urinate)\b",
    # "not a drop came out"; a full bladder low in the belly after the toilet: "my belly low down is hard n bulging"
    r"\bnot a (?:single )?drop (?:\w+ ){0,2}?(?:came|comes|coming|will come|would come)(?: out)?\b",
    r"\b(?:loo|toilet|wee|pee|bathroom)\b(?: \S+){0,25}? (?:belly|tummy|abdomen|bladder)\b(?: \w+){0,3}? (?:is |feels |gone )?"
    r"(?:hard|bulging|distended|swollen|sticking out)\b",
    # pressing to get it out, a stream that stops and starts: "have to press on my belly to get any wee out"
    r"\b(?:press|push|strain)\w* (?:\w+ ){0,4}?(?:belly|tummy|stomach|bladder|abdomen)\b(?: \w+){0,5}? (?:wee|pee|urine|water)\b",
    r"\b(?:wee|pee|stream|flow|urine)\b(?: \w+){0,4}? (?:stops?|stopping|stopped) (?:and|n) (?:starts?|starting|started)\b",
    # a changed feeling of passing water or stool: "things feel weird when I go to the bathroom"
    r"\b(?:feels?|feeling|felt|is|its) (?:\w+ )?(?:weird|strange|different|funny|odd|wrong) (?:\w+ ){0,2}?(?:when|while)"
    r" (?:i )?(?:go to the (?:bathroom|toilet|loo)|pee|wee|poo|go for a (?:pee|wee)|urinate)\b",
    # known only by looking: "I can only tell I've been to the loo by looking"
    r"\bonly (?:\w+ ){0,2}?(?:tell|know) (?:\w+ ){0,6}?by (?:looking|checking|seeing)\b",
    r"\b(?:cant|couldnt|unable to|struggl\w* to|hard to|difficult to|trouble) (?:\w+ ){0,2}?"
    r"(?:hold|control|keep) (?:\w+ ){0,2}?(?:{URINE}|{STOOL}|{HOLD_WHAT})\b",
    r"\b(?:lost|losing|loss of|lose|no|poor) (?:\w+ ){0,2}?control (?:\w+ ){0,3}?(?:{URINE}|{STOOL})\b",
    r"\b(?:loss of|lost|losing|no|poor) (?:{URINE}|{STOOL}) control\b",
    r"\b(?:wet|wetting|peed|peeing|pee|pissed|pissing|soiled|soiling|pooed|pooped|pooping|shat"
    r"|messed|weed) (?:my ?self|my (?:pants|trousers|underwear|underclothes|underpants|knickers|boxers|briefs|bed|pyjamas"
    r"|pajamas)|the bed)\b",
    # ... in bed (session 26G): "i peed in bed last night", "he weed in his bed" (typed for him: his is the patient's; a
    # child's or a relative's named before is theirs: "my son peed in his bed"; not "wet in bed" with sweat, an adjective)
    r"\b(?:peed|peeing|pees|pissed|pissing|pisse[s]|weed|weeing|urinated|urinatin[g]|pooed|pooped|poopin[g]|shat|soiled) (?:in|on)"
    r" (?:my |me |the |his |her )?bed\b(?!(?: \w+){0,4} (?:as a (?:kid|child|boy|girl|teen\w*|youngste[r])|when i was)\b)",
    r"\bbed ?wetting\b",
    r"\b(?:cant|couldnt|unable to|struggl\w* to|struggl\w*|trouble|difficulty|difficulties|problems?"
    r"|issues?|hard to|difficult to|straining to|strain to|push to|pushing to|havent been able to|not able to) "
    r"(?:\w+ ){0,2}?{PEE_VERB}\b",
    r"\b(?:{URINE}|{STOOL}) (?:problems?|issues?|trouble|incontinence|accidents?|leak\w*|retention|dysfunction)\b",
    r"\b(?:problems?|issues?|trouble|difficult\w*) (?:with )?(?:my |the )?(?:{URINE}|{STOOL})\b",
    r"\bin[ck]ont\w*",
    r"\b(?:leak\w*|dribbl\w*) (?:\w+ ){0,2}?(?:{URINE}|{STOOL})\b",
    # ... not when it comes out fine (session 31AG): "the pee comes out fine and i dont feel any burning", "my wee comes out
    # normally", "urine comes out ok without any pain"
    r"\b(?:{URINE}|{STOOL}) (?:\w+ ){0,2}?(?:leak\w*|dribbl\w*|just comes|comes by itself)\b",
    r"\b(?:{URINE}|{STOOL}) (?:\w+ ){0,2}?(?:comes out|came out|runs out|come out)\b(?! (?:\w+ )?(?:fine|normal\w*|ok|okay|alrigh[t]|all right|well|easil[y]|properl[y]|n[o] problem\w*"
    r"|withou[t] (?:any |a )?(?:problem\w*|trouble|pain|issue\w*|difficult\w*|burning|stingin[g])))",
    r"\b(?:no |lost (?:the |my )?|dont get (?:the |an )?|never get (?:the |an )?|dont have (?:the |an |any )?)(?:\w+ )?urges?\b",
    # "the need to go feeling has just vanished"
    r"\b(?:need|urge|feeling|sensation|signal|warning) (?:to|of|for) (?:go|going|pee|wee|poo|urinate)(?: \w+){0,3}?"
    r" (?:vanished|gone|disappeared|went away|stopped|left)\b",
    r"\b(?:no |lost (?:the |my )?|dont have (?:the |an |any )?|dont get (?:the |an |any )?)(?:feeling|need|sensation) (?:to|for|of) "
    r"(?:go|pee|wee|urinate|poo|poop|needing)\b",
    r"\b(?:cant|dont|doesnt|couldnt|unable to|no longer|never|unsure) (?:\w+ ){0,1}?"
    r"(?:feel|notice|tell|sense|know|realise|realize)?(?: \w+){0,1}? ?(?:when|if|that|whether) (?:i|im|id|ive) "
    # a decision to go somewhere is no going (session 23O): "not sure if i should go to the gp"
    r"(?:(?!should |shal[l] |ough[t] |better )\w+ ){0,3}?(?:pee|peeing|peed|wee|weed|urinate|urinated|poo|poop|pooed|need to go"
    r"|have to go|wet|wet myself)\b|\b(?:cant|dont|doesnt|couldnt|unable to|no longer|never|unsure) (?:\w+ ){0,1}?"
    r"(?:feel|notice|tell|sense|know|realise|realize)?(?: \w+){0,1}? ?(?:when|if|that|whether) (?:i|im|id|ive) "
    r"(?:(?!should |shal[l] |ough[t] |better |(?:can|could|will|would|might|may) )\w+ ){0,3}?(?:go|gone)\b"
    r"(?! (?:to (?!the (?:toilet|loo|bathroom|wc|lav|gent[s]|ladie[s])\b)|and|back|out|home|for (?!a (?:wee|pee|poo)\b)|on|ahea[d]|in|into"
    r"|up|down|with|there|see|get)\b)",
    # the story of a missed urge: "didn't notice I needed the toilet", "couldn't tell I needed a wee",
    # "didn't even know I was weeing", "only notice I need to go when it's too late"
    r"\b(?:cant|dont|doesnt|didnt|couldnt|unable to|no longer|never|unsure|only) (?:\w+ ){0,1}?"
    r"(?:feel|felt|notice|noticed|tell|sense|know|knew|realise|realize|realised|realized)"
    r"(?: (?:when|if|that|whether))? (?:i|im|id|ive|it) (?:\w+ ){0,2}?"
    r"{PEE_EVENT}\b",
    # "poo in my pants"; only once since yesterday; "feels like theres still some left"
    r"\b(?:poo|poop|stool|wee|pee|urine|skid\w*|skid marks?)\b (?:\w+ ){0,2}?in (?:my|me|the) (?:pants|underwear"
    r"|knickers|boxers|undies|briefs)\b",
    # wind that escapes and cannot be held: "wind just escapes now", "cant clench to stop it", "i dont feel it coming"
    r"(?<!the )\b(?:wind|farts?|gas)\b(?: \w+){0,2}? (?:escap\w*|slips? out|slipping out|slipped out"
    r"|sneaks? out|comes? out (?:by itself|on its own))\b",
    r"\b(?:cant|couldnt|unable to|no way to|hard to|struggl\w* to) (?:\w+ ){0,2}?(?:clench\w*|squeez\w*|tighten\w*) (?:\w+ ){0,3}?"
    r"(?:to (?:stop|hold|keep)|my (?:bum|bottom|cheeks|back passage|sphincter\w*)|wind|farts?|it in)\b",
    r"\b(?:wind|farts?|gas)\b(?: \S+){0,6}? (?:dont|doesnt|didnt|cant|couldnt|never) (?:even )?(?:feel|felt|notice|noticed) (?:it|them)"
    r" (?:\w+ )?(?:coming|come|came|happen\w*)\b",
    # found out only from wet trousers (session 32AZ): "i only knew id gone when my joggers were damp", "only realised once my trackies
    # were soaked" (not rain, sweat, a spill)
    r"\bonly (?:\w+ )?(?:knew|noticed|realised|realized|found out|twigge[d]|clocke[d]|saw|felt|figure[d])\b" + _NOT_RAIN_BEFORE
    + r"(?: \w+){0,8}? (?:when|once|because|cos|as) (?:my|me|the) (?:\w+ )?" + _WET_CLOTHES
    + r" (?:were|was|got|are|is|had got|felt) (?:\w+ )?(?:wet|damp|soaked|soggy|sodde[n]|wringing)\b" + _NOT_RAIN_BEFORE,
    r"\b(?:didnt|did not|never) (?:\w+ )?(?:know|notice|realise|realize|twi[g]|cloc[k])\b" + _NOT_RAIN_BEFORE
    + r"(?: \w+){0,8}? (?:until|till|til) (?:my|me|the) (?:\w+ )?" + _WET_CLOTHES
    + r" (?:were|was|got|are|is|had got|felt) (?:\w+ )?(?:wet|damp|soaked|soggy|sodde[n]|wringing)\b" + _NOT_RAIN_BEFORE,
    # underwear found damp, unsure whether it was urine (session 21d, twin of "slip precies wat vochtig, ik weet nie of da urine
    # was of zweet"): "my boxers were a bit damp, dunno if it was pee or sweat" (sweat named as the other choice stays unsure)
    r"\b(?:pants|knickers|undies|boxers|underwear|briefs|trousers|shorts|leggings|jeans|joggers|trackies)\b (?:\w+ ){0,3}?"
    r"(?:wet|damp|soggy|mois[t]|soaked)\b(?: \S+){0,8}? unsure (?:if|whether|what|wethe[r]) (?:\w+ ){0,9}?(?:pee|wee|urine|piss|wee wee"
    r"|leak\w*|dribbl\w*)\b",
    # underwear found wet, little leaks: "keep finding my pants damp, little leaks on n off all day"
    r"\b(?:find\w*|found|notic\w*) (?:my |me |the )?(?:pants|knickers|undies|boxers|underwear|briefs|trousers"
    r"|shorts|leggings) (?:are |were |is |all |a bit )*(?:wet|damp|soaked|soggy)\b"
    r"(?! (?:\w+ ){0,2}?(?:rain|sweat|puddle|spill\w*|snow|sea|pool|shower|washing|bath|line))",
    # underwear damp again and again: "my pants are always damp", "my knickers keep getting wet" (not rain, sweat ...)
    r"\b(?:pants|knickers|undies|boxers|underwear|briefs)\b (?:are |is |were |was |keep |keeps |kept |get |gets )?(?:always"
    r"|constantly|forever|all the time|every day|still|getting|being) (?:a bit |a little |all )?(?:wet|damp|soggy|moist\w*)\b"
    r"(?! (?:\w+ ){0,6}?(?:rain\w*|sweat\w*|puddle|spill\w*|snow|sea|pool|shower|washing|bath|line|swim\w*|gym|run\w*"
    r"|workouts?|train\w*|cycl\w*|walk\w*)\b)",
    r"\b(?:pants|knickers|undies|boxers|underwear|briefs)\b (?:are |is |were |was |keep |keeps |kept |get |gets )?(?:getting )?"
    r"(?:a bit |a little |all )?(?:wet|damp|soggy|moist\w*) (?:\w+ )?(?:all (?:the )?(?:time|day)|every day|constantly"
    r"|again and again)\b(?! (?:\w+ ){0,6}?(?:rain\w*|sweat\w*|puddle|spill\w*|snow|sea|pool|shower|washing|bath|swim\w*"
    r"|gym|run\w*|workouts?|train\w*|cycl\w*|walk\w*)\b)",
    r"\b(?:little|small|tiny|odd) (?:\w+ )?(?:leaks|dribbles)\b(?! (?:in|from|under|round|on) (?:the |a |my )?(?:\w+ )?(?:roof"
    r"|taps?|pipes?|tyre|tire|boat|car|sink|hose|pool|tank|loft))",
    # only drops when trying: "i cant get more than a few drops out"
    r"\b(?:cant|couldnt|can only|only|barely|hardly|never) (?:\w+ )?(?:get|squeez\w*|forc\w*|push|manag\w*|pass) (?:out )?(?:more than )?"
    r"(?:a few|a couple(?: of)?|the odd|few|a tiny|a little|a small|some|a) (?:\w+ )?(?:drops?|dribbles?|trickle)\b"
    r"(?! (?:of|in|into|on)\b| out (?:of|from) (?:the |a |an |that |this |my )?(?:\w+ )?(?:taps?|bottles?|tubes?|cans?|tins?"
    r"|cartons?|hoses?|pens?|jars?|lemons?|sponges?|cloths?|pipettes?|droppers?|kettles?|showers?|jugs?|pipes?|nose|eyes?|ears?"
    r"|wounds?|nipples?|breasts?)\b)",
    r"\bonly (?:\w+ )?(?:peed|weed|urinated|been for a (?:wee|pee)|had a (?:wee|pee)|been to the (?:loo|toilet)) once\b"
    r"|\b(?:peed|weed|urinated) (?:only )?once (?:since|all|today|in)\b",
    r"\b(?:pee|wee|bladder|loo|toilet)\b(?: \S+){0,10}? (?:feel|feels|feeling) (?:like |as if |that )?(?:theres|there is) "
    r"(?:still )?(?:some|more|a bit|something) (?:\w+ )?(?:left|in there)\b",
    # the urge there, nothing comes, no bladder word (session 33B): "i need to go so badly but nothing happens", "i feel the urge
    # and then nothing comes", "got to go all the time but it just wont come" (not "the urge to cough but nothing comes up",
    # "i need to go to work but ...", "i need to go but nothing comes to mind")
    r"\b(?:(?:need|needing|have|having|got|want|wanting|desperat[e]|dyin[g]|burstin[g]) to go|gott[a] go"
    # ... the pee named (session 34Q): "i really need to pee but i cant get it to start"
    r"|(?:need|needing|have|having|got|desperat[e]|dyin[g]|burstin[g]) (?:to|for) (?:a )?(?:pee|wee|urinat[e]|piss)|(?:the|an|that|this) urge(?: to go)?"
    r"(?: is (?:there|still there|stron[g]))?|feel(?:ing)? the need(?: to go)?)(?: (?:so |really |very )?(?:bad|badly|desperately|urgently"
    r"|now|all the time|the whole time|constantly|again|ofte[n]))?(?: ,)? (?:but|and|yet|though|,)(?: \S+){0,6}? (?:" + _NOTHING_CAME + ")",
    # a full or tight bladder that does not empty, told past a comma (session 33B): "my bladder feels full and tight, but it just
    # wont come", "bladder is bursting, i sit for ages and nothing happens" (not "bladder not full")
    r"\bbladder\b(?: (?!(?:not|isnt|doesnt|dont|never|no)\b)\S+){0,4}? (?:full|tight|tens[e]|swollen|burstin[g]|stretche[d]|distended|bloate[d]"
    r"|like a balloon|fit to burs[t]|read[y] to burs[t]|like (?:its |it s |it is )?(?:going|gonn[a]|about) to (?:burs[t]|explod[e]|pop)|hard)\b"
    r"(?: \S+){0,12}? (?:" + _NOTHING_CAME + ")",
    # the pee no longer flowing, the toilet or the pee named first (session 33B): "at the toilet it doesnt flow any more", "when
    # i pee it isnt really running properly" (no tap, shower, hose or nose between)
    r"\b(?:{URINE}|toilet|loo|peeing|weeing)\b(?: (?!(?:tap|taps|shower|hose|sink|nose|kettle|blood)\b)\S+){0,8}? (?:it|the (?:wee|pee"
    r"|urine|stream)) (?:just |really |properly )?(?:doesnt|does not|isnt|is not|wont|will not|no longer|has stopped|stopped) (?:really "
    r"|properly |just )?(?:flow|flow[s]|flowing|run|runs|running)\b(?! (?:\w+ ){0,3}?(?:tap|taps|shower|hose|sink|nose|kettle)\b)",
    # "leaking when I stand up", "I keep leaking", "cant stop the flow", "nothing comes out"
    r"\b(?:i|im) (?:might|may|could|must|think|guess|sometimes|also|still|a bit) (?:\w+ ){0,2}?"
    r"leak(?:ing|s|ed)?\b",
    r"\b(?:im|i am|ive been|i have been|i keep|i kept|i started|i) leak(?:ing|s|ed)?\b"
    r"|^(?:been |keep |kept |started )?leak(?:ing|s)? (?:when|if|as|every|all|since|a bit|a little)\b",
    r"\b(?:cant|couldnt|unable to|no way to|hard to) (?:\w+ )?(?:stop|control|hold|start) (?:the |my )?{STREAM}\b(?! of\b)",
    r"\b(?:{URINE}|toilet|loo|pee|wee|go)\b(?: \w+){0,6}? (?:nothing|hardly anything|barely anything|very little"
    r"|only a little|only a dribble|only dribbles|dribbles|(?:a few|only) drops?) (?:\w+ )?(?:comes?|coming"
    r"|came) out\b",
    r"\b(?:it|pee|urine|wee) (?:just )?(?:comes|runs|leaks|dribbles|came|ran) out (?:by itself|on its own"
    r"|without (?:me )?(?:noticing|knowing|feeling))\b",
    # "an accident in my pants / in bed", "toilet accidents"
    r"\baccidents? " + _IN_ACCIDENT_PLACE + r"\b|"
    r"\b(?:toilet|bladder|bowel|pee|wee|poo) accidents?\b",
    # a leak told as a noun, in the underwear or before the toilet was reached (session 19k): "a bit of a leak in the jocks
    # before i made it to the jacks", "a little leak before i got to the loo"
    r"\b(?:a|little|small|tiny|wee|sligh[t]) leak\b(?: \w+){0,2}? " + _IN_ACCIDENT_PLACE + r"\b",
    r"\b(?:i|id|ive|i had|had) (?:\w+ ){0,4}?(?:leak\w*|accident|wet (?:myself|meself)|peed (?:myself|meself)|wee(?:d|t) (?:myself"
    r"|meself))\b(?: " + _IN_ACCIDENT_PLACE + r")?(?: a bit| a little| slightl[y])? (?:just )?before (?:i |we )?"
    r"(?:made it|got|reache[d]|could get|could make it|could reac[h]) (?:to |in |into )?(?:the )?(?:" + _LAV[3:-1] + r"|jack[s])\b",
    # "I don't get the signal that I need to go", "no warning before I have to go"
    r"\b(?:no |lost (?:the |my )?|dont get (?:the |an |any )?|never get (?:the |an |any )?|doesnt give (?:me )?"
    r"(?:the |an |any )?|dont have (?:the |an |any )?|without (?:the |any )?)(?:signal|signals|warning|sign"
    r"|feeling|sensation|urge)(?: whatsoeve[r]| at all| of any kind)?"
    r"(?: (?:that|to|for|of|before))?(?: \w+){0,3}? (?:go|pee|wee|urinate|poo|poop|toilet|loo)\b",
    rf"\b(?:didnt|couldnt|did not|dont|never|wouldnt) (?:quite )?make it to the {_LAV}\b",
    r"\b(?:barely|hardly|only just|almost didnt|almost dont) (?:\w+ )?make it"
    rf" (?:to|in) (?:the )?(?:{_LAV}|time)\b",
    # the toilet not reached in time, caught out, pads bought, found out only after (session 32AW): "keep not making it to the
    # bathroom in time", "got caught short again, wet my pants", "had to get some pads", "cant hold on till i get to the loo"
    rf"\b(?:not|never|dont|didnt|cant|couldnt|wont|struggl\w*|hard to) (?:\w+ )?(?:makin[g] it|make it|reachin[g]|reac[h]|getting|get)"
    rf" (?:to )?(?:the )?{_LAV} (?:in|on) time\b",
    rf"\bcaugh[t] (?:myself |meself )?(?:short|out)\b(?: \S+){{0,10}}? (?:no warning|without (?:any )?warning|{_LAV}|need(?:ed)? to go"
    rf"|wet (?:myself|meself|my)|leak\w*|accident\w*|pads?)\b",
    rf"\b(?:no warning|without (?:any )?warning|{_LAV}|need(?:ed)? to go|wet (?:myself|meself)|leak\w*|accidents?)\b(?: \S+){{0,10}}?"
    rf" caugh[t] (?:short|out)\b",
    r"\b(?:buy|bough[t]|buyin[g]|get|got|getting|order\w*|pick(?:ed)? up) (?:some |a pack of |pack[s] of )?(?:incontinence |adul[t] )?"
    r"(?:pads|napp(?:ies|y)|diapers?|pamper[s])\b(?! (?:\w+ ){0,2}?(?:knee[s]?|elbow[s]?|shoulder[s]?|bab[y]|babie[s]|grandkid[s]?|so[n]|daughte[r]"
    r"|kids?|heat|ice))" + _NOT_A_PERIOD,
    rf"\b(?:need(?:ed)? to go|{_LAV})\b(?: \S+){{0,10}}? only (?:found out|realise[d]|realize[d]|notice[d]|kne[w]|felt it)\b(?: \w+){{0,2}}?"
    r" after(?:ward[s])?\b",
    rf"\b(?:cant|couldnt|cannot|can not|unable to) hold (?:it|on)\b(?: in)?(?: \w+){{0,2}}? (?:till|until|til|before) (?:i )?"
    rf"(?:get|got|reac[h]|reache[d]|make it|made it) (?:to )?(?:the )?{_LAV}",
    rf"\b(?:need|needed|needing) (?:the |a )?{_LAV}\b(?: \S+){{0,4}}? (?:and )?(?:i )?(?:cant|couldnt|cannot|can not) hold (?:it|on)\b",
    # no feeling when passing urine or stool: "no feeling when i have a poo"
    r"\b(?:no|lost|losing|loss of|less|reduced|cant|dont|barely|hardly) (?:\w+ ){0,2}?(?:feeling|sensation|feel)"
    r"(?: \w+){0,3}? (?:when|while|as) i (?:\w+ ){0,2}?(?:pee|wee|poo|poop|urinate|pass (?:urine|water|a stool"
    r"|stool|wind)|have a (?:wee|pee|poo))\b",
    # hesitancy: "have to wait ages for the wee to start", "moet lang wachten voor de plas komt"
    r"\b(?:wait(?:s|ed|ing)?|tak(?:es?|ing)|took|stood|stand(?:ing)?|sat|sit(?:ting)?) (?:\w+ ){0,2}?(?:ages|forever|a long time|so long)"
    r"(?: \w+){0,6}? (?:pee|wee|urine|stream|peeing|weeing)\b",
    # retention told as a long wait there and only a dribble (session 31AE): "he was stood there forever n just a trickle",
    # "sat on it ten minutes, only a few drops" (the toilet may go unnamed; not a shower, a tap or a hose in between)
    r"\b(?:stood|stand(?:s|ing)?|sat|sit(?:s|ting)?|wait(?:s|ed|ing)?)\b(?: (?!(?:showe[r]|tap|taps|hose|kettl[e]|sink|machin[e]|pump)\b)\w+){0,3}?"
    r" (?:for )?(?:ages|forever|for ever|an age|an eternity|a long time|so long|(?:\w+ )?minutes|(?:\w+ )?mins|half an hour)\b"
    r"(?: (?!(?:showe[r]|tap|taps|hose|kettl[e]|sink|machin[e]|pump|bottl[e]|nose)\b)\S+){0,8}? (?:only|just|barely|but|nothing but|no more than)"
    r" (?:a |the |some |a few |few |a coupl[e] of |one or two |a tiny )?(?:little |tiny |wee |small |patheti[c] )?(?:dribbl[e]|dribble[s]"
    r"|trickl[e]|drop[s]|drip[s]|dro[p]|dri[p])\b(?! (?:\w+ ){0,2}?(?:of )?(?:water|coffe[e]|tea|rain|milk|paint|oil|blood)\b)",
    r"\b(?:stood|standin[g]|sat|sitting)\b (?:there|at it|over it|over the bowl|in front of it)\b(?: \w+){0,2}? (?:for )?(?:ages|forever"
    r"|for ever|an age|an eternity|a long time|so long|(?:\w+ )?minutes)\b(?: \S+){0,5}? (?:nothing|hardly anything|barely anything"
    r"|not a drop|next to nothing|almost nothing) (?:\w+ )?(?:came|coming|comes|come) out\b",
    r"\b(?:rush\w*|run|running) (?:off )?to the (?:toilet|loo|bathroom|wc)\b",
    # not knowing when the bladder or bowel is full or empty
    r"\b(?:cant|dont|doesnt|didnt|couldnt|unable to|no longer|never|unsure|not)(?: \w+){0,3}? (?:when|if|whether"
    r"|that) (?:my |the )?(?:bladder|bowels?|rectum) (?:\w+ )?(?:full|empt(?:y|ied))\b",
    r"\b(?:bladder|bowels?)(?: \w+){0,3}? (?:never|not|doesnt|dont|isnt|wont) (?:\w+ ){0,2}?empt(?:y|ied|ies)\b",
    r"\b(?:cant|dont|couldnt) feel (?:myself |my |the )?(?:pee|peeing|wee|weeing|urine|poo|stool|bladder)\b",
    # no poo for days and no urge either: "havent been for a poo in 3 days and i dont even feel the need" (not "no need
    # for painkillers"; constipation alone is no flag)
    r"\b(?:havent|have not|hasnt|has not|not|didnt|did not|never) (?:even |really )?(?:been|gone|had|done|managed)"
    r" (?:to |for )?(?:a |the )?(?:poo|poop|number (?:2|two)|number twos|toilet|loo|wee|pee)\b(?: \S+){0,12}?"
    r" (?:dont|do not|didnt|did not|no|not|never|havent|without) (?:even |really |any )?"
    r"(?:feel |felt |get |got |have |had )?(?:the |an |any |a )?(?:need|urges?)\b"
    r"(?! (?:to|for) (?!(?:go|going|poo|poop|wee|pee|a poo|a wee|a pee|the toilet|the loo)\b))",
    # not an accident denied: "i havent peed in my sleep", "havent peed myself" (no wetting, no retention told)
    r"\b(?:havent|hasnt|not) (?:peed|urinated|weed|been able to (?:pee|wee|urinate|go)"
    r"|(?:had|done|been for) (?:a )?(?:wee|pee))\b(?!(?: \w+)? (?:myself|meself|the bed)\b|(?: \w+)? " + _IN_ACCIDENT_PLACE + ")",
    r"\b(?:had|have|having|keep having|been having|get|getting) (?:\w+ ){0,2}?accidents\b",
    r"\b(?:urinary retention|retention of urine|cant go to the loo)\b",
    # "cant stop a poo once it starts" (Nuffield: inability to stop a bowel movement)
    r"\b(?:cant|couldnt|unable to|hard to) (?:\w+ )?stop (?:a |the |my )?(?:poo|poop|bowel move(?:ment)|bowel mo(?:tion)|stool"
    r"|wee|pee|weeing|peeing|pooing)\b",
    # "cant feel myself pass wind" (loss of sensation passing urine, stool or wind)
    r"\b(?:cant|dont|couldnt|didnt|no longer|never) (?:\w+ )?(?:feel|notice|tell) (?:myself |me |when i |if i |it when i )?"
    r"pass(?:ing)? (?:wind|urine|water|a stool|stool|a bowel mo(?:tion))\b",
    r"\b(?:urinary|bladder|bowel|f(?:ae|e)cal) urgenc(?:y)\b|\burge incontinence\b",
    # pads and nappies for leaking: "had to start wearing pads", "ik moet pampers dragen"
    r"\b(?:wear(?:ing)?|us(?:e|ing)|need|needing) (?:to )?(?:wear |use )?(?:incontinence )?(?:pads|napp(?:ies|y)|diaper(?:s)"
    r"|pamper(?:s))\b",
    # retention told by what happens: "the wee just wont come", "only one wee since yesterday", "then its a trickle"
    r"\b(?:{URINE}|toilet|loo)\b(?: \S+){0,20}? (?:it |the (?:wee|pee) |(?:wee|pee) )?(?:just )?(?:wont|will not|wouldnt"
    r"|would not|doesnt|does not|didnt|is not|isnt|its not|not) (?:\w+ )?(?:come|coming)(?: out)?\b",
    r"\b(?:{URINE}|toilet|loo)\b(?: \S+){0,20}? only (?:a few |small |tiny )*drops\b",
    # a weak stream told by how it comes (session 24S): "when i wee it hardly flows", "my pee only trickles out", "on the loo
    # the wee barely gets out" (not "the pain barely comes on", "the coffee barely came out")
    r"\b(?:{URINE}|toilet|loo)\b(?:(?: \S+){0,6}? (?:it|that|the (?:wee|pee|urine|stream|flow|jet)|urine|pee|wee|piss|anything|nothing much))?"
    r" (?:\w+ )?(?:barely|hardly|scarcely|only just|only|just|slowly) (?:\w+ )?(?:comes?|came|comin[g]|flows?|flowe[d]|trickles?|trickle[d]"
    r"|dribbles?|dribble[d]|drips?|drippe[d]|gets? out|got out)\b(?! (?:on|back|in|through the door|free|loose|off|apart|away|undone|unstuck)\b)"
    r"(?! (?:\w+ ){0,3}?(?:tap|bottl[e]|hose|shower|nose|jug|kettl[e])\b)",
    # the drops told first, the wee after (session 21e): "only dribbles come out when i try to wee"
    r"\b(?:only|just) (?:a few |small |tiny |little )*(?:drops|dribbles|a dribble|a trickle) (?:\w+ )?(?:comes?|came|coming) out\b"
    r"(?: \S+){0,8}? (?:{URINE}|toilet|loo|pee|peeing|wee|weeing)\b",
    r"\b(?:only|just) (?:managed |had |done |been for )?(?:one|1|a single) (?:wee|pee)\b (?:since|all|today|in)\b",
    r"\b(?:{URINE}|toilet|loo)\b(?: \S+){0,20}? (?:its|it is|theres|there is|only|just|then) (?:only |just )?(?:a )?"
    r"(?:trickle|dribble)\b",
    # straining told by how long or how hard, then the act: "had to push forever to pee", "strain for ages to wee" (issue 12)
    r"\b(?:push|strain|forc|squeez|bear\w* down)\w* (?:\w+ ){0,2}?(?:forever|for ever|for ages|ages|an eternity|for an eternity"
    r"|for a long time|so long|for so long|so hard|really hard|like mad|like crazy|for minutes|minutes) (?:\w+ )?to {PEE_VERB}\b",
    # the stream that does not come: "this morning the stream just wouldnt come", "my flow wont start" (issue 12)
    r"\b(?<!live )(?<!video )(?:my |the |me )?(?:pee |wee |urine )?{STREAM} (?:just |simply |really )?(?:wouldnt|wont|didnt|doesnt"
    r"|would not|will not|did not|does not) (?:\w+ )?(?:come|start|get going|flow)\b",
    # straining: "have to push n push just to get it going"
    r"\b(?:push|strain|forc|squeez|bear\w* down)\w*(?: \S+){0,8}? to (?:get|make) (?:it|(?:any |some |the |a )?(?:wee|pee"
    r"|urine|flow|stream|poo)) (?:going|started|start|out|flowing|to come|come)\b",
    # a bowel or bladder leak not felt: "poo in the shower n i never felt it come out"
    r"\b(?:{URINE}|{STOOL})\b(?: \S+){0,12}? (?:never|didnt|did not|dont|cant|couldnt) (?:even )?(?:feel|felt|notice|noticed)"
    r" (?:it|them|that|the (?:poo|wee|pee)) (?:\w+ )?(?:come|coming|came|slip\w*|leave|leaving|happen\w*)\b",
    # a wee or a poo found only afterwards, not felt (session 23M): "only clocked id peed when i stood up", "didnt realise
    # id been until i looked", "never felt the pee come out" (not "only noticed afterwards that the pain had gone", not
    # "didnt realise id been sitting so long")
    r"\b(?:only|just|firs[t]|didnt|did not|never|hadnt|had not|couldnt|wasnt|not) (?:even |really )?(?:notic\w*|realis\w*|realiz\w*"
    r"|coppe[d]|cop|clocke[d]|twigge[d]|knew|know|found out|find out|saw|see|discovere[d]|discove[r]|awar[e]|felt)(?: \w+){0,3}?"
    r" (?:id|i had|ive|i have|i) (?:\w+ )?(?:peed|weed|pissed|urinated|pooed|pooped|shat|leaked|soiled|wet (?:myself|meself|me|my|the)"
    r"|messed (?:myself|meself|my|me)|had an accident|(?:gone|been|went) (?:to the (?:toilet|loo|bathroom|jack[s]|bog|lav)|for a"
    r" (?:wee|pee|poo)|in (?:my|me) \w+)|(?:gone|been)(?=(?: just| already)? (?:till|until|til|unles[s]|before|afterward[s]|after|when)\b"
    r"| ?$| [,.]))",
    r"\b(?:didnt|did not|never|couldnt|cant|cannot|dont|doesnt|not|hardly|barely) (?:even |really |actuall[y] )?(?:feel|felt|notice"
    r"|noticed|sense|sense[d]) (?:the |my |any |a )?(?:pee|wee|urine|piss|poo|poop|stool|stream) (?:\w+ )?(?:come|coming|came|comes"
    r"|pass|passing|passed|leave|leaving|go|going|flow\w*|run\w*|leak\w*|escap\w*)\b",
    # straining at the toilet, told twice or to get it out (session 23M): "on the loo i push and push", "have to strain to
    # open my bowels" (not "push and push at the gym", "push myself to go to the gym", "push through the pain")
    r"\b(?:toilet|loo|bog|lav|wc|jack[s]|pee|wee|poo|poop|urina[l]|bowl)\b(?: \S+){0,12}? (?:push\w*|strain\w*) (?:and|n) (?:\w+ )?"
    r"(?:push\w*|strain\w*)\b",
    r"\b(?:have|had|has|having|need|needed|must|got|gott[a]) to (?:\w+ )?(?:push|strain|force|bear down)(?: \w+){0,3}? (?:to|just to"
    r"|before i can|so i can|to be able to) (?:\w+ )?(?:pee|wee|urinate|piss|empty my bladde[r]|pass (?:urine|water))\b",
    # the bowel only told as new or with the back (constipation alone is no flag): "have to strain to open my bowels since the
    # back went", "since the disc went i have to push to poo"
    r"\b(?:have|had|has|having|need|needed|must|got|gott[a]) to (?:\w+ )?(?:push|strain|force|bear down)(?: \w+){0,3}? (?:to|just to"
    r"|before i can|so i can|to be able to) (?:\w+ )?(?:poo|poop|open my bowel[s]|empty my bowel[s]|pass (?:a stool|stool)|go to the"
    r" (?:toilet|loo))\b(?=(?: \S+){0,10}? (?:since|now|latel[y]|recentl[y]|these days|suddenl[y]|anymore|back|spine|disc)\b)",
    r"\b(?:since|now|latel[y]|recentl[y]|these days|suddenl[y])\b(?: \S+){0,10}? (?:have|had|has|having|need|needed|must|got|gott[a]) to"
    r" (?:\w+ )?(?:push|strain|force|bear down)(?: \w+){0,3}? (?:to|just to|before i can|so i can|to be able to) (?:\w+ )?(?:poo|poop"
    r"|open my bowel[s]|empty my bowel[s]|pass (?:a stool|stool))\b",
    # a slow stream told by how it comes, in Indian or Nigerian English too (session 23M): "it just dribbles out slowly slowly",
    # "my urine is coming slowly slowly" (not the tap, a nose)
    r"\b(?:it|pee|wee|urine|piss|stream|flow)\b (?:just |only |now |still )?(?:dribbl\w*|trickl\w*) (?:out )?(?:so |very |too )?"
    r"(?:slowly|slow|bit by bit|little by little)\b",
    r"\b(?:pee|wee|urine|piss|stream|flow|toilet|loo)\b(?: \S+){0,8}? (?:is |was |keeps )?(?:comes?|coming|came|flows?|flowing|passe[s]"
    r"|passing|dribbl\w*|trickl\w*) (?:out )?(?:so |very |too |really )?(?:slowly (?:slowly|slowly)|slow slow|slowly|very slow)\b"
    r"(?! (?:\w+ )?(?:back|better|returnin[g]|improv\w*))",
    # soiled bedding or night clothes, the patient's or a cared-for relative's (session 23M): "he soiled his sheets again", "my
    # dad soiled his pyjamas" (not "soiled my hands in the garden", not a child: "my little boy soiled his pyjamas")
    r"\b(?:soiled|soil[s]|soiling|foule[d]|foul[s]|pooed|pooped|shat) (?:in )?(?:my|me|the|his|her) (?:\w+ )?(?:sheets|bed|beddin[g]|pyjamas"
    r"|pajamas|pjs|pants|underwear|knickers|trousers|nappy|pad|pads|mattress|undies|boxers)\b"
    r"(?! (?:\w+ ){0,4}?(?:mud\w*|garde[n]\w*|pain[t]\w*|coffe[e]|tea|wine|oil|greas[e]|food|sauc[e]|soil)\b)",
    r"\b(?:my|our|me) (?:mother|mum|mom|mam|mama|nan|nana|nanna|gran|granny|grandma|father|dad|grandad|grandpa|husband|wife"
    r"|partner|hubby|missus)\b(?: \w+){0,3}? (?:soiled|soil[s]|soiling|foule[d]|pooed|pooped|shat|wet|wets|wetting) (?:in )?(?:his|her|the)"
    r" (?:\w+ )?(?:sheets|bed|beddin[g]|pyjamas|pajamas|pjs|pants|underwear|knickers|trousers|nappy|pad|pads|mattress|undies|boxers)\b"
    r"(?! (?:\w+ ){0,4}?(?:mud\w*|garde[n]\w*|pain[t]\w*|coffe[e]|tea|wine|oil|greas[e]|food|sauc[e]|soil)\b)"
    r"(?!(?: \w+){0,4} (?:ago|as a (?:kid|child)|when (?:she|he) was)\b)",
    # the urge gone: "havent had the feeling i need a poo for days"
    r"\b(?:havent|have not|hasnt|has not|not|never) (?:had|got|felt|get|feel|have) (?:the |an |any |a )?(?:feeling|urge|need"
    r"|sensation|signal)s? (?:that |to |of |for )?(?:i )?(?:need |have |want )?(?:to )?(?:go|a poo|a wee|a pee|poo|wee|pee"
    r"|empty|a number (?:2|two|1|one)|number (?:2|two|1|one)s?)\b",
    # wet clothes not felt: "the front of my shorts was wet ... never felt a thing"
    r"\b(?:shorts|pants|trousers|jeans|leggings|knickers|boxers|undies|bed|sheets)\b (?:\w+ )?(?:was|were|got|is|are) (?:all |a bit )?"
    r"(?:wet|soaked|damp)\b(?! (?:\w+ ){0,2}?(?:rain|sweat|puddle|spill\w*|snow|sea|pool|shower|washing|bath))"
    r"(?: \S+){0,20}? (?:never|didnt|did not|dont|cant|couldnt) (?:even )?(?:feel|felt|notice|noticed)"
    r" (?:a thing|anything|it)\b",
    # clothes found wet, a skirt or dress too, and nothing felt or no urge before (session 33L): "got up off the sofa and my
    # dress was damp, i had felt nothing", "my leggings were wet when i stood, no urge at all before" (not rain, sweat, a spill)
    r"\b(?:my|me|her|his) (?:\w+ )?(?:skir[t]|dres[s]|trousers|pants|jeans|leggings|shorts|knickers|undies|boxers|underwear|tight[s]"
    r"|joggers|trackies|unifor[m]|chino[s]|slack[s])\b (?:\w+ )?(?:was|were|got|is|are|felt) (?:all |a bit |completely |totally |really "
    r"|soaking |quite )?(?:wet|soaked|damp|sodde[n]|soggy|drenche[d])\b" + _NOT_RAIN_BEFORE
    + r"(?: \S+){0,14}? (?:(?:had |have )?felt nothing|(?:didnt|did not|hadnt|had not|never) (?:even )?(?:feel|felt|notice[d]?)"
    r"|no (?:urge|warning|feeling)|without (?:any )?(?:urge|warning))\b(?! (?:\w+ )?(?:pain|ache|sore\w*|hurt\w*|cold|hot|tired)\b)",
    # a motion passed in the clothes, or a poo or wee in them not felt (session 33L, also typed by a carer): "he passed a motion
    # in his trousers", "she opened her bowels in her clothing and never noticed", "went in my clothes without feeling it"
    r"\b(?:passed|passing|passe[s]|pass|had|did|done|has) (?:a |some |her |his |my )?(?:(?:bowel )?motio[n]s?|stool[s]?)\b (?:\w+ ){0,2}?(?:in|into|on) "
    r"(?:my|me|her|his|their|the) (?:\w+ )?(?:clothe[s]|clothin[g]|skir[t]|dres[s]|nighti[e]|nightdres[s]|pants|trousers|knickers"
    r"|underwear|undies|jeans|leggings|shorts|boxers|briefs|pyjamas|bed|sheets|nappy)\b",
    r"\b(?:pooed|pooped|pood|shat|soiled|peed|weed|passed (?:a )?stool|did (?:a |her |his |my )?(?:poo|poop|number two|wee|pee)"
    r"|opene[d] (?:my|her|his) bowel[s]) (?:\w+ ){0,2}?(?:in|into) (?:my|me|her|his|their) (?:\w+ )?(?:clothe[s]|clothin[g]|skir[t]|dres[s]"
    r"|nighti[e]|nightdres[s])\b",
    r"\b(?:went|did it|had an accident|let go|messed|soiled) (?:\w+ ){0,2}?(?:in|into) (?:my|me|her|his|their) (?:\w+ )?(?:clothe[s]"
    r"|clothin[g]|skir[t]|dres[s]|nighti[e]|nightdres[s])\b(?: \S+){0,12}? (?:(?:didnt|did not|never|without|hadnt|had not|cant|couldnt)"
    r" (?:even )?(?:feel|felt|feeling|notice[d]?|noticing|realis\w*|realiz\w*|know|knowing)|felt nothing)\b",
    # no time to clench before the bowel goes (session 33L): "when it comes theres no time to clench my bum", "i dont even get
    # time to squeeze" (not clenching a fist, a jaw or teeth)
    r"\b(?:no|not|dont|didnt|never|hardly|barely) (?:\w+ ){0,3}?time to (?:clenc[h]|squeez[e]|tighte[n]|hold (?:it|on))\b"
    r"(?! (?:\w+ )?(?:fis[t]|fist[s]|jaw|teeth|hand[s]?|muscle[s]? of (?:my |the )?(?:arm|leg)|it (?:off|up|together)|my (?:phone|bag|breat[h])|the)\b)",
    # a wet patch in clothes or bed, not felt (session 20b, twins of "een natte plek in me joggingbroek en ik had echt niks
    # gevoeld"): "found a wet patch on my joggers and i hadnt felt anything" (not tea, sweat, a hot water bottle)
    r"\bwet (?:patc[h]|patche[s]|spot|spot[s]|stai[n]|stain[s]|mark|mark[s])\b (?:\w+ ){0,2}?(?:on|in|down|all over) (?:the (?:front |back )?of )?"
    r"(?:my|me|the) (?:\w+ )?(?:shorts|pants|trousers|jeans|leggings|knickers|boxers|undies|joggers|trackies|sweatpant[s]|tracksuit"
    r"|bed|sheets|mattress|pyjamas|pjs)\b(?! (?:\w+ ){0,4}?(?:rain|sweat\w*|puddle|spil\w*|snow|sea|pool|shower|washing|bath|tea"
    r"|coffee|drinks?|water bottl[e]|dog|cat|baby)\b)(?: \S+){0,16}? (?:never|didnt|did not|dont|cant|couldnt|hadnt|had not|havent"
    r"|not|without) (?:even )?(?:feel|felt|feeling|notice|noticed|noticing|realis\w*|realiz\w*)\b",
    # a wet patch told as a story: "thought it was sweat till i smelt it"
    r"\b(?:thought|assumed) (?:it was|its) (?:just )?(?:sweat|water|rain|a spill)\b(?: \S+){0,6}? (?:smelt|smelled|smell|sniffed"
    r"|realised|realized)\b",
    # "goes again straight away, like it never empties first go"
    r"\b(?:{URINE}|toilet|loo)\b(?: \S+){0,30}? (?:it |bladder )?(?:never|doesnt|does not|wont|isnt|not) (?:fully |properly "
    r"|completely )?empt(?:y|ies|ied|ying)\b",
    # "my bladder routine has gone to pot"
    r"\b(?:bladder|bowels?)(?: \w+){0,3}? (?:gone to pot|haywire|gone wrong|going wrong|deteriorat\w*|getting worse)\b",
    # retention told as a scene at the toilet (session 16b): "stood at the toilet for ages, barely a trickle", "hardly
    # anything came", "it only comes drop by drop" (a toilet, the urine or pushing named first)
    r"\b(?:{URINE}|toilet|loo|lavv[y]|bog|bowl)\b(?: \S+){0,20}? (?:barely|hardly|only|just|merel[y]) (?:a |the odd |a few |a coupl[e] of |some )?"
    r"(?:trickl[e]|dribbl[e]|drops?|drip[s]?)\b(?! of (?!(?:wee|pee|urine)\b))",
    r"\b(?:{URINE}|toilet|loo|lavv[y]|bog)\b(?: \S+){0,20}? (?:hardly|barely|almost|next to) (?:anything|nothing|any) (?:\w+ )?"
    r"(?:came|comes|coming|come)\b",
    r"\b(?:push\w*|strain\w*|{URINE}|toilet|loo|lavv[y])\b(?: \S+){0,10}? (?:comes?|came|coming|dribbles|drip[s]) (?:out )?"
    r"(?:drop by drop|a drop at a time|in drops|in dribbles|in drip[s])\b",
    # retention at the urinal (session 16d): "stood at the urinal for ages, nothing would come out, then it just dribbled"
    r"\b(?:{URINE}|toilet|loo|lavv[y]|bog|urina[l]|urinal[s])\b(?: \S+){0,20}? (?:nothing|nowt) (?:would|will|wants to"
    r"|wanted to|seeme[d] to) (?:\w+ )?(?:come|flow|start)\b",
    r"\b(?:{URINE}|toilet|loo|lavv[y]|bog|urina[l]|urinal[s])\b(?: \S+){0,20}? (?:then |and )?(?:it|the (?:wee|pee)) (?:just |only )?"
    r"(?:dribble[d]|trickle[d]|dribble[s]|trickle[s])\b",
    # wet clothes not known at the time: "wet me strides sitting in the recliner and didnt know it was happening"
    # soiled too (session 18d): "i messed my trackies at the bus stop n didnt feel it coming"
    r"\b(?:wet|soaked|pissed|peed|weed|messed|soiled|pooed|pooped|shat) (?:my|me|the) (?:stride[s]|trousers|pants|jeans|shorts|knickers|undies|boxers|trackies|bed"
    r"|self|chair|seat)\b(?! (?:\w+ ){0,4}?(?:rain|sweat|puddle|spill\w*|sea|pool|shower|bath|drink|tea|coffee|beer|pint)\b)"
    r"(?: \S+){0,12}? (?:(?:didnt|did not|never|without|dont|cant|couldnt) (?:even )?(?:know|knowing|notice|noticing|noticed|feel"
    r"|feeling|felt|realis\w*|realiz\w*)|unsure (?:it|that|i) (?:was|were|had|did))\b",  # "didnt know it" is read "unsure it"
    # soiled clothes found afterwards, or poo stains in them, and nothing felt (session 31AM): "found my pyjama bottoms dirty this
    # morning and i never felt a thing", "skid marks in my boxers again, i dont feel it happen", "brown streaks in his undies and
    # he didnt notice" (not mud, paint or coffee; not a pain not felt)
    r"\b(?:(?:pyjama[s]?|pajama[s]?|pjs|jammie[s]|pant[s]|underwea[r]|undie[s]|knicker[s]|boxer[s]|brief[s]|trouser[s]|trackie[s]|stride[s]"
    r"|sheet[s]|nighti[e]|nightdres[s]|nappy|pad|pads)\b(?: \w+){0,3}? (?:all |a bit |were |was |got |had been )?(?:messed|mess[y]|soile[d]"
    r"|dirtie[d]|dirt[y]|staine[d]|muck[y]|poo[p]?[y]|poo(?:ed|ey)|shitt[y])|(?:brow[n]|poo|poop|faeca[l]|feca[l]|shit|shitt[y]|poop[y]) (?:stain[s]?"
    r"|mark[s]?|streak[s]?|smear[s]?|trace[s]?|patc[h]|patche[s]|spot[s]?)|skid ?mark[s]?)\b(?: \S+){0,14}? (?:not|never|hadnt|hasnt|havent"
    r"|didnt|did not|dont|doesnt|do not|without|no) (?:even |honestly |really |ever |actuall[y] )?(?:felt|feel|feeling|notice[d]"
    r"|noticin[g]|realis\w*|realiz\w*|sense[d]|any warnin[g]|any urg[e]|know|knew|knowing)\b"
    r"(?! (?:\w+ )?(?:pain|ache|sore\w*|hurt\w*|cold|hot|tired)\b)",
    # told as a scene, not felt (session 18d): "the sofa cushion was soaked under me and i didnt even notice", "woke up lying
    # in a puddle, not sweat, never felt a thing" (not a puddle of sweat)
    r"\b(?:sofa|couc[h]|settee|chair|seat|cushion|recline[r]|armchai[r]|mattress|sheets?|bed)\b(?: \w+){0,3}? (?:was|were|is|are|got)"
    r" (?:all |a bit |completely |totally )?(?:wet|soaked|damp|sodde[n]|drenched) (?:under|beneath|below) (?:me|my (?:bum|backside|bottom))\b"
    r"(?: \S+){0,12}? (?:never|didnt|did not|dont|cant|couldnt|not) (?:even )?(?:feel|felt|notice|noticed|realis\w*|realiz\w*|know|knew)\b",
    r"\b(?:woke|wake|wakes|waking|woke[n]) (?:up )?(?:\w+ ){0,2}?(?:in|on) (?:a |the |my )?(?:puddle|wet bed|soaked bed|wet sheets"
    r"|soaking (?:wet )?bed|wet patc[h])\b(?! of (?!(?:wee|pee|urine|piss)\b))(?: \S+){0,16}? (?:(?:never|didnt|did not|not|wasnt)"
    r" (?:even )?(?:feel|felt|notice|noticed|realis\w*|realiz\w*|sweat)|no sweat)\b",
    # retention at the urinal, nothing then a trickle (session 18d): "stood at the urinal 2 mins n nothing, then a lil trickle"
    r"\b(?:{URINE}|toilet|loo|lavv[y]|bog|urina[l]|urinal[s]|bowl)\b(?: \S+){0,12}? (?:nothing|nowt|zilch)\b(?: \S+){0,2}?"
    r" (?:then|till|until|before)\b(?: \S+){0,3}? (?:trickl\w*|dribbl\w*|drops?)\b(?! of (?!(?:wee|pee|urine)\b))",
    # pushing to get a trickle (session 18d): "have to push like mad to get a little trickle out"
    r"\b(?:push|strain|forc|squeez|bear\w* down)\w*(?: \S+){0,6}? (?:to|just to|for) (?:get |have |squeez[e] out |manage )?"
    r"(?:a |an |the |some )?(?:\w+ )?(?:trickle|dribble|few drops|drops?)\b(?! of (?!(?:wee|pee|urine)\b))",
    # an accident, then the mark in the pants (session 19j): "had an accident last night, there was a stain in my boxers" (not
    # "an accident on the motorway", "blood stains on my trousers"; the trauma: NOT_A_FALL)
    r"\b(?:accident|acident|accidnet|accedent|accsident|accidant|accidend)(?! (?:on|in|at|with|involving|while|when|drivin[g]|cycling"
    r"|riding|at work|of)\b)(?: \S+){0,8}?(?<!blood)(?<!oil)(?<!mud)(?<!gras[s])(?<!paint) (?:marks?|skid marks?|stains?|streaks?|traces?)"
    r" (?:\w+ ){0,2}?(?:in|on) (?:my |me |the )?(?:\w+ )?" + _OWN_ACCIDENT_PLACES + r"\b",
    # doubt about feeling the wee, or telling when it starts or ends (session 23O): "not sure i can still feel the pee", "cant
    # tell if its started or when its done", "on the loo im not sure if ive finished" (not "not sure if i should go to the gp",
    # "cant tell if its a muscle", "dont know if im coming or going", "not sure if ive finished the tablets")
    r"\b(?:unsure|cant|cannot|couldnt|dont|doesnt|barely|hardly|no longer) (?:\w+ ){0,3}?(?:feel|sense|notice) (?:myself |meself"
    r" |me |the |my |when i |if i |that i |it when i )?(?:pee|peeing|wee|weeing|piss|pissing|urinat\w*|urine|stream|flow)\b"
    r"(?! (?:\w+ )?(?:hurt\w*|pain\w*|burn\w*|sting\w*|smell\w*|colou[r]\w*)| of\b)",
    r"\b(?:unsure|cant|cannot|couldnt|dont|doesnt|barely|hardly|never|no longer) (?:\w+ ){0,2}?(?:tell|feel|know|sense|notice|say)?"
    r" ?(?:if|when|whether) (?:its|it is|anythings|anything is|the (?:pee|wee|urine|stream|flow) is|im|i am) (?:\w+ )?(?:started"
    r"|starting|coming|flowing|begu[n]|beginnin[g]|peeing|weeing)\b(?: \w+){0,3}? or (?:\w+ ){0,3}?(?:finishe[d]|done|stopped"
    r"|empty)\b",
    r"\b(?:toilet|loo|bathroom|wc|lav|bog|urina[l]|pee|peeing|wee|weeing|urin\w*|bladder)\b(?: \w+){0,8}? (?:unsure|(?:cant|dont"
    r"|doesnt|couldnt|never|no longer) (?:even |really |properly |always )?(?:feel|tell|notice|sense|know)) (?:if|when|whether)"
    r" (?:anything|something|it|its|ive|i have|i am|im|i|the (?:pee|wee|stream|flow)) (?:\w+ ){0,2}?(?:started|starting|finish\w*"
    r"|done|empty|emptie[d]|stopped|over)\b",
    r"\b(?:unsure|cant|dont|couldnt|never) (?:even |really |properly |always )?(?:tell |feel |know |sense )?(?:if|when|whether)"
    r" (?:ive|im|i am|i have|i) (?:\w+ )?(?:finishe[d]|done|stopped) (?:peeing|weeing|pissing|urinating|emptying)\b",
    # not sure the bladder empties, a feeling something stays behind (session 23O): "never feel fully empty after a wee", "not
    # sure my bladder empties", "after peeing it feels like theres always some left" (not "the bottle never feels empty")
    r"\b(?:never|dont|doesnt|not|cant|hardly|barely|unsure) (?:\w+ )?(?:feel|feels|felt) (?:fully |properly |completely |totally"
    r" |really |quite )?empt(?:y|ied)\b(?: \w+){0,6}? (?:after|when|once|while) (?:\w+ )?(?:a |the |my )?(?:pee|peeing|wee|weeing"
    r"|piss|pissing|urinat\w*|toilet|loo|bathroom)\b",
    r"\b(?:pee|peeing|peed|wee|weeing|weed|urinat\w*|toilet|loo|bathroom|bladder)\b(?: \S+){0,12}? (?:it |bladder |i )?(?:never"
    r"|doesnt|does not|dont|not|hardly|barely) (?:ever )?(?:feel|feels|felt) (?:fully |properly |completely |totally |really )?"
    r"empt(?:y|ied)\b(?! (?:in|inside|without)\b)",
    r"\bunsure (?:if |whether |that )?(?:my |the )?bladder (?:\w+ ){0,2}?empt\w*",
    r"\bunsure (?:if |whether |that )?(?:i |im |i am )?(?:\w+ ){0,2}?empt\w* (?:my |the )?bladder\b",
    r"\b(?:pee|peeing|peed|wee|weeing|weed|urinat\w*|bladder|loo|toilet)\b(?: \S+){0,10}? (?:feel|feels|feeling|felt) (?:like |as if"
    r" |as though |that )?(?:theres|there is|there s|ive got|i have|i still have|i) (?:still |always |constantly |ofte[n] )*"
    r"(?:some|more|a bit|something|some wee|some pee|wee|pee) (?:\w+ )?(?:left|in there|behind|to come|still there)\b",
    # hardly able to pee (session 23O): "i can hardly pee", "barely able to wee", "can only just about pee" (not "can hardly
    # wait", "i hardly drink water", "barely slept")
    r"\b(?:can|could|cn|cud) (?:only )?(?:hardly|barely|scarcely|just about|only just|only just about) (?:able to |manage to"
    r" |managing to )?{PEE_VERB}\b",
    r"\b(?:hardly|barely|scarcely|only just) (?:able to|manage to|managing to|managed to|manage[s] to) {PEE_VERB}\b",
    # session 25X: not sure whether one has been to the toilet, often told by a carer for the patient (the engine reads
    # "she isnt sure if shes been" as "unsure if im been"): "cant remember if ive been or not", "not sure whether ive been to
    # the loo" (not "not sure if ive been to the gp", "not sure if ive been clear")
    r"\b(?:unsure|(?:isnt|is not|arent|aint|not|never) (?:really |quite |too |so |always )?sure|cant remembe[r]|cannot remembe[r]|cant recal[l]"
    r"|couldnt remembe[r]|couldnt tell|cant tell|forget\w*|forgot\w*) (?:if|whether)"
    r" (?:ive|im|i have|i am|i|id|i had|i has) (?:already |actuall[y] |even |just |really |ever )?(?:been|gone|went)(?: (?:or not|or no[t]"
    r"|or if|or whether)\b| (?:\w+ )?(?:to|for|on) (?:the |a )?(?:toilet|loo|bathroom|lav|lavv[y]|wc|jack[s]|bog|pott[y]|commod[e]|wee|pee"
    r"|poo|number (?:one|two|1|2))\b)",
    # wet underwear found in the laundry (session 25X), told by a carer: "keep finding damp pants in the washing basket", "wet
    # undies turning up in the laundry" (not put in the wash after rain, a swim or a spill; not fresh from the machine)
    r"(?<!\bput )(?<!\bput my )(?<!\bput the )(?<!\bput some )(?<!\bthrew )(?<!\bthrew my )(?<!\bhung )(?<!\bhung my )(?<!\bhung the )"
    r"\b(?:wet|damp|soiled|soaked|soggy|sodde[n]|wee staine[d]|pee staine[d]|urine staine[d]|smell[y]) (?:\w+ )?(?:knickers|underpants|underwear"
    r"|undies|boxers|briefs|pantie[s]|pants|pyjamas|pjs|nightie[s]|nighti[e]|nightdres[s]|night[y]|pad|pads)\b(?: \w+){0,4}? (?:in|amon[g]|amongs[t]"
    r"|into|at the bottom of) (?:the|my|her|his|me|our|their) (?:dirt[y] |washing |laundr[y] |line[n] |wash )?(?:wash|washing|laundr[y]|basket"
    r"|hampe[r]|line[n] bin|laundr[y] bin)\b(?! (?:machin[e]|line|drie[r]|drye[r])\b)"
    r"(?!(?: \S+){0,6}? (?:rain\w*|swim\w*|sweat\w*|puddle|spill\w*|spil[t]|mud\w*|snow|sea|pool|beac[h]|bath|shower|gym|tea|coffee|paint)\b)",
    # no urge a whole day, told with "needed" (session 26I): "i havent needed a wee all day", "ive no needed the toilet the whole
    # day", "not needed a pee since i got up" (a short time is no sign: not "since my coffee")
    r"\b(?:(?:havent|hasnt|hadnt|have not|has not|had not|not|no|nae|never) (?:even |once |really |actuall[y] )?(?:needed|wanted|felt the need)"
    r"|(?:didnt|did not|didn[a]|didna[e]) (?:even |once |really |actuall[y] )?need)"
    r" (?:a |to |to go for a |to have a |the )?(?:wee|pee|piss|slas[h]|tinkl[e]|wee wee|go|toilet|loo|lav|bog)\b(?: \S+){0,3}? (?:all day|the whole day"
    r"|the hale day|all the day|a whole day|all mornin[g] (?:or|and|an|n) (?:afternoo[n]|evenin[g])|since (?:yesterday|last night|i (?:got|woke) up"
    r"|i was up|i rose)|(?:in|for) (?:over |more than )?(?:\d+|twelve|ten|eight|nine|eleven|fifteen|twenty ?four) hours)\b",
    # the urge missed, told with "without" (session 25X): "wet boxers twice without noticing i had to go", "damp knickers without
    # realising i needed a wee" (not "without noticing i was going to fall")
    r"\bwithout (?:me |even |really |ever )*(?:feel\w*|noticing|realis\w*|realiz\w*|knowing|sensin[g]|clockin[g]) (?:that )?(?:i|id|ive|im)"
    r" (?:\w+ )?(?:need(?:ed)? (?:to go|to pee|to wee|to poo|a (?:wee|pee|poo)|the (?:toilet|loo|bathroom))|had to (?:go|pee|wee|poo)"
    r"|ha(?:ve|d) to go|wanted to go|was (?:peeing|weeing|wetting|leaking|going)|had (?:peed|weed|wet|leaked|gone))\b"
    r"(?! (?:to (?!the (?:toilet|loo|bathroom|wc)\b)|out|home|back|up|down|and)\b)",
    # the toilet by the clock, the urge no longer felt (session 33J): "i go to the loo on a timer now", "i just pee by the clock",
    # "i go at set times to the toilet" (not bladder training, not "every 2 hours because i drink a lot")
    r"\b(?:toile[t]|loo|bathroo[m]|wc|lav|bog|pee|wee|peein[g]|weein[g]|pee[s]|wee[s])\b(?: \w+){0,3}? (?:by the cloc[k]|by (?:the )?(?:timin[g]|cloc[k]|watc[h])|on a (?:time[r]|cloc[k]|schedul[e])|(?:at|on) (?:set|fixe[d]) time[s]|(?:wit[h]|by|on) (?:an |a |my )?(?:alar[m]|time[r])s?)\b(?!(?: \S+){0,8}? (?:trainin[g]|retrainin[g]|physi[o]\w*|drin[k]\w*))",
    r"\b(?:by the cloc[k]|by (?:the )?(?:timin[g]|cloc[k]|watc[h])|on a (?:time[r]|cloc[k]|schedul[e])|(?:at|on) (?:set|fixe[d]) time[s]) (?:\w+ ){0,3}?(?:to (?:the |a )?)?(?:toile[t]|loo|bathroo[m]|wc|lav|bog|pee|wee|peein[g]|weein[g]|pee[s]|wee[s])\b(?!(?: \S+){0,8}? (?:trainin[g]|retrainin[g]|physi[o]\w*|drin[k]\w*))",
    # the urge not felt, the toilet named after "go" (session 25X): "i didnt feel the need to go to the toilet all day", "i dont
    # feel the need to go to the loo anymore" ("havent felt the need to go" is read above; not "to the gym", "out", at night)
    r"\b(?:didnt|dont|doesnt|did not|do not|does not|cant|couldnt|wouldnt|no longer) (?:even |really |ever |actuall[y] |seem to |get to )*"
    r"(?:feel|felt|get|got|have|had) (?:the |an |any |a |that )?(?:feeling|urge|need|sensation|signal|desir[e])s? (?:that |to |of |for )?"
    r"(?:i )?(?:need |have |want )?(?:to )?(?:go|going|have a|do a) (?:to (?:the |a )?|for (?:a )?|on (?:the )?)?(?:toilet|loo|bathroom|lav"
    r"|lavv[y]|wc|jack[s]|bog|pott[y]|wee|pee|poo|number (?:one|two|1|2))\b(?! (?:\w+ )?(?:at night|in the night|during the night|more"
    r"|as much|as ofte[n]|so ofte[n]|so much)\b)",
    # hesitancy in everyday words, the toilet or the wee named first (session 25X): "stood at the loo, it took forever to get
    # going and then it wouldnt come", "peeing this morning took ages, it just wouldnt start"
    r"\b(?:pee|peeing|wee|weeing|urinat\w*|piss|pissing|toilet|loo|lav|bog|urina[l]|bowl|stream|flow)\b(?:(?: \S+){0,10}? (?:it|that"
    r"|which|this|i|pee|wee|peeing|weeing|stream|flow|morning|night|time|today|toilet|loo|urina[l]))? (?:took|take[s]|take|takin[g]) (?:me )?(?:ages|forever|an age|an eternity"
    r"|a lifetim[e]|a long time|so long|yonk[s]|donkey[s] years|a good while|a while|the longes[t] time|for ever) (?:\w+ ){0,2}?(?:to|for|before"
    r"|till|until) (?:it |the (?:pee|wee|stream|flow) |anything |something )?(?:to )?(?:start\w*|come|comes|came|coming|flow\w*"
    r"|get going|get started|got going|got started|happen\w*)\b",
    r"\b(?:pee|peeing|wee|weeing|urinat\w*|piss|pissing|toilet|loo|lav|bog|urina[l]|bowl)\b(?: \S+){0,12}? (?:it|the (?:pee|wee|stream"
    r"|flow)|nothing|pee|wee|the wee wee) (?:just |simply |really |still )?(?:wouldnt|wont|would not|will not|didnt want to|doesnt want to"
    r"|refuse[d] to|refuse[s] to|would(?:nt)? not) (?:\w+ )?(?:come|start|flow|get going|come out|budge|get started)\b",
    # pressing on the (lower) belly to get it out, no pee word (session 38B): "i have to push on my lower tummy to get anything
    # out", "i press the bottom of my belly or nothing comes" (not told as past: "had to press", "used to push"; not the wind,
    # not "press on my belly because it hurts", not a sickness coming up)
    r"(?<!\bhad to )(?<!\bused to )(?<!\bneeded to )\b(?:press|presse[s]|pressin[g]|push|pushe[s]|pushin[g])\b(?: (?:down|hard|in|firmly))?"
    r" (?:on |onto |into |against |down on )?(?:my |me |the )?(?:\w+ ){0,3}?(?:bell[y]|tumm[y]|stomac[h]|abdome[n]|bladde[r])\b(?: \S+){0,4}?"
    r" (?:to get|to make|to help|to force|before|till|until|so|or|otherwise|else|then)\b(?! (?:the |some |a |this |that |my )?(?:trappe[d] )?"
    r"(?:wind|gas|air|burps?|farts?|pain|ache|cramps?)\b)(?: \S+){0,4}? (?:out|comes?|come|coming|starts?|flows?|trickles?|dribbles?)\b"
    r"(?! (?:up|hurtin[g]|achin[g]|to hurt|to ache|again)\b)",
    # sitting, standing, waiting or straining for ages before anything comes (session 38B): "i stand there forever before
    # anything starts", "i strain for ages until something comes" (not from the hospital, in the post, of it)
    r"\b(?:sit|sits|sittin[g]|stand|stand[s]|standin[g]|wait|wait[s]|waitin[g]|strain|strain[s]|strainin[g]|push|pushe[s]|pushin[g]|take[s]|take)\b"
    r"(?: (?:there|here|about|around))?(?: for)? (?:ages|forever|for ever|an age|an eternity|minutes|a long time|ages and ages|yonk[s])\b"
    r"(?: \S+){0,4}? (?:before|till|until) (?:anything|something|it|owt|a drop|the firs[t] drop|any) (?:\w+ )?(?:comes?|starts?|flows?|trickles?"
    r"|dribbles?)\b(?! (?:from|of|back|through|in the post|up)\b)",
)

#: not feeling or telling the pee come out, the pee taken up by "it" (session 26B): "when i had a wee i couldnt tell it was
#: coming out", "i couldnt feel it coming out", "cant tell that its passing when i pee" (not "cant tell if its coming from
#: my back", "couldnt feel it coming on", "it came out of nowhere")
_NOT_FELT_OUT = (r"(?:cant|couldnt|cannot|dont|doesnt|didnt|barely|hardly|never|no longer) (?:even |really |properly |always "
                 r"|actuall[y] )?(?:feel|felt|tell|notice|sense|sense[d])")
BLADDER_PATTERNS += (
    rf"\b{_NOT_FELT_OUT} (?:that |if |whether |when )?(?:it|its|it is|anything|something) (?:\w+ ){{0,2}}?(?:comin[g]|come|comes"
    r"|came|goin[g]|runnin[g]) out\b(?! of (?!me\b))",
    # ... coming or passing told bare, the pee named before: "on the loo i couldnt tell it was coming", "when i pee i cant tell
    # its passing"
    r"\b(?:{URINE}|peeing|weeing|pissing|toilet|loo|lav|bog|urina[l])\b(?: \S+){0,8}? " + _NOT_FELT_OUT
    + r" (?:that |if |whether |when )?(?:it|its|it is|anything|something) (?:\w+ ){0,2}?(?:comin[g]|come|comes|came|passin[g]"
    r"|pass|passe[d]|flowin[g]|flow)\b(?! (?:on|back|from|to|through|in)\b)",
)

# ---- saddle numbness: slots of the shared patterns (bot/reading/redflags.py _SHARED_SADDLE) ----
SADDLE_FEELING = ("feeling", "feels", "felt")
#: a test of the seat told as a story: "pinched my bum cheek ... felt nothing"
TOUCHED = (r"pinch\w*", r"poke\w*", r"prod\w*", r"touch\w*", r"prick\w*", r"scratch\w*", "tested", r"check\w*", r"tap\w*")
#: wiping, its clause then a comma and the numbness: "when i wipe its weird, i feel almost nothing" (engine _WIPED_THEN)
WIPING = ("wipe", "wipin[g]", "wipe[d]", "wipe[s]",
          r"clean(?:ing|ed|s)? (?:myself |me |up )?with (?:the |some |toilet |loo )*(?:paper|tissue)")  # as AREA (session 21e)
FELT_NOTHING = (r"(?:felt|feel|feeling) (?:\w+ ){0,2}?(?:nothing|nowt|zero|naff all|sod all|fuck all)",
                r"(?:couldnt|cant|didnt|could not|did not) (?:\w+ ){0,2}?feel (?:it|a thing|anything|much)")
SADDLE_COMPOUND: tuple = ()  # a compound ending in "saddle" (Dutch "fietszadel"); none in English
ON_A = ("on", "of", "a", "an")
SADDLE_WORD = (r"(?:bike |bicycle |horse )?saddle",)
FEELS = (r"feels?", "felt")
LIKE = ("like", "as")
CYCLING = ("cycling", "bike ride", "on a bike", "on my bike", "horse ride", "on a horse")
SIT = ("sit", "sits", "sitting", "sat")
ON = ("on",)
ON_NOTHING = ("nothing", "air", "thin air", "cotton wool", "a cloud")
CUSHION = ("cushion", "mattress", "bed", "ring", "pillow")
PILLOW = ("cushion", "pillow")
NOTHING = ("nothing",)
UNDER = ("under", "underneath", "beneath")
UNDER_ME = ("me", "my bum")
SOMEONE = ("someone", "somebody")
ELSE = ("else", "elses")
#: someone else's thing, not a part (engine _others_thing): "someone else's toilet paper is softer lol"
OTHERS_THING = ("toilet paper", "loo roll", r"(?:toilet|loo|wc) seat")
#: one leg numb from the buttock down is sciatica, not the saddle (engine _one_leg_down): "left leg numb from my bum cheek
#: to my little toe, right one fine" (both legs, or between the buttocks, stay the saddle's)
ONE_LEG_DOWN = (
    r"\b(?:left|right|one|1) (?:leg|side|thigh)\b(?: \w+){0,4}? from (?:my |me |the )?(?:\w+ )?(?:bum|butt|buttocks?|bum cheeks?|cheeks?|glutes?"
    r"|backside|bottom|hips?|arse|ass)\b (?:\w+ ){0,3}?(?:to|into|till|until) (?:my |me |the )?(?:\w+ )?(?:toes?|foot|feet|ankle|heel|knee"
    r"|calf|sole)\b",
    # both legs numb, the buttocks where the range starts (session 19h): "both legs go numb from my bum down to my toes";
    # the seat itself told numb stays the saddle's
    r"\b(?:legs|feet)\b(?: \S+){0,5}? from (?:my |me |the )?(?:\w+ )?(?:bum|butt|buttocks|bum cheeks|cheeks|glutes|backside|bottom"
    r"|hips|arse|ass)\b (?:\w+ ){0,3}?(?:to|into|till|until) (?:my |me |the )?(?:\w+ )?(?:toes|feet|ankles|heels|knees|calves"
    r"|soles)\b",
    # ... the range told with "down" alone, the legs named before or after it (session 37F): "my legs go numb and tingly from the
    # bottom down", "from my backside downwards both legs tingle", "pins and needles from my bum down both legs" (not "down there")
    r"\b(?:legs|feet)\b(?: \S+){0,7}? from (?:my |me |the )?(?:\w+ )?(?:bum|butt|buttocks|bum cheeks|cheeks|glutes|backside|bottom"
    r"|hips|arse|ass)\b (?:all the way )?down(?:wards?)?\b(?! (?:there|below|under)\b)",
    r"(?:\b{NUMB}\b (?:\w+ ){0,3}?)?\bfrom (?:my |me |the )?(?:\w+ )?(?:bum|butt|buttocks|bum cheeks|cheeks|glutes|backside|bottom"
    r"|hips|arse|ass)\b (?:all the way )?down(?:wards?)? (?:\w+ ){0,4}?(?:legs|feet)\b(?:(?: \w+){0,3}? {NUMB}\b)?",
)
IN_LIMB = ("in", "of", "all over", "over", "across", "down", "through")
MY_LEG = ("my ", "the ", "both ")
LEG_WORD = (r"legs?", "foot", "feet", r"soles?", r"thighs?", r"shins?")
LIST_AND = ("and", "n", "plus")
#: numbness that spreads up or down a leg and on into the saddle area (engine _SPREAD_TO_AREA): "pins and needles came
#: up both my legs and round my bum"
SPREADS = (r"(?:came|come[s]|comin[g]|went|goes|goin[g]|crep[t]|creep[s]|creepin[g]|move[d]|move[s]|ran|runs|runnin[g]|sprea[d]|spread[s]|spreadin[g]|shot|shoot[s])"
           r"(?: up| down| into| throug[h]| alon[g]| all the way up)?",)
AROUND_AREA = ("roun[d]", "aroun[d]", "into", "in", "up into", "up to", "to", "over")
MY_AREA = ("my ", "the ")
HURTS = (r"hurts?", r"aches?", "aching", "pain", "sore")
FEELING_NOUN = ("feeling", "sensation")
CHANGED = ("gone", "different", "weird", "strange", "reduced", "less", "odd")

# ---- fever ----
#: slots of the shared fever patterns (bot/reading/redflags.py _SHARED_FEVER)
HIGH = ("high", "raised", "elevated")
TEMPERATURE_WORD = (r"temp\w*",)
A_TEMPERATURE = ("temp", "temperature", "temprature", "tempreture", "temperture")
FEVER_WORD = (r"temp\w*", "fever")
DEGREES = ("degrees", "degree")
HAVE_NUMBER = ("have", "had", "got", "is", "was")
FEEL_HOT_COLD = ("feel", "feeling", "felt", "im", "i am", "going", "go", "been")
#: what a decimal number near 38-41 measures when it is no temperature ("38.5 kg", "38.5 hours")
#: "still" before a whole degree: "no longer shivering but still 38" (bot/reading/redflags.py _SHARED_FEVER)
STILL_AT = ("still", "still at", "still on", "still about", "still around")
#: what a medicine is for, before the fever word: "is nurofen only for a fever?" (a question about the medicine)
FEVER_PURPOSE = (r"(?:only|just|mainly|mostly) (?:for|against)(?: a| the)?",)
NOT_TEMPERATURE = ("kg", "kgs", "kilos", "kilo", "weeks", "week", "years", "km", "miles", "hours", "hrs", "lbs", "pounds",
                   "quid", "euros", "percent", "cm", "mins", "minutes", "inches", "inch",
                   "days", "day", "time[s]", "mph", "fm", "dollar[s]", "buck[s]", "mg", "ml", "pill[s]", "tablet[s]", "step[s]")  # fmt: skip
#: a reading verb before a Fahrenheit temperature (session 35A): "running 101", "hit 103 last night", "spiked to 102", "sitting
#: at 101-102" (bot/reading/redflags.py _SHARED_FEVER; a bare whole number elsewhere is no temperature: "room 101")
TEMP_AT = ("runnin[g]", "runnin[g] at", "hit", "hittin[g]", r"spik\w*", r"spike[d] (?:to|at)", r"peak\w* at", r"(?:got|went|gone|shot) up to",
           r"sittin[g] at", r"hoverin[g] (?:at|aroun[d])", "readin[g] of", "readin[g]", "toppe[d] out at", "fever of", "temp of")
#: a whole degree Celsius told as one's own (a fever in Dutch and French: "ik zit aan 39", "j'ai 39"); none in English
HAVE_WHOLE: tuple = ()
AFTER_WHOLE: tuple = ()  # HAVE_WHOLE is empty in English
NOT_AFTER_WHOLE: tuple = ()
#: a half degree: "38 and a half"
AND_A_HALF = ("and a half",)
#: being an age, just before the number: "im 38 and a half" is no temperature (plain words: a fixed-width look-behind each)
AGE_BE = ("im", "i am", "aged", "age", "turne[d]", "turnin[g]", "is", "hes", "shes")
HOT_AND_COLD = ("hot and cold", "hot then cold", "cold and hot")
HOT_THEN_COLD = (r"(?:hot|boiling|roasting) then (?:freezing|shivering|cold)", r"(?:freezing|shivering|cold) then (?:hot|boiling|sweating)")
ALL_DAY = (r"all (?:day|night|the time)", "every night", "the whole day")
#: "38 degrees outside" is the weather
#: a bed wet by something else: "hot water bottle burst, sheets soaked" is no night sweat
WET_BY = (r"(?:hot )?water bottle", r"spil\w*", "knocked over", "burst", "the dog", "the cat", "the baby",
          "the kids", "rain", "roof", r"pipes?", r"drinks?", "tea", "coffee", "wine")
#: ... unless the sweat is named too
SWEAT = (r"sweat\w*", r"swet\w*", r"perspir\w*")
#: a bed wet at night: a fever's sweat, unless a sentence names WET_BY and no SWEAT
WET_BED_PATTERNS = (
    # "woke up soaked, sheets wringing wet"
    r"\b(?:woke|wake|waking|wakes) (?:up )?(?:\w+ )?(?:soaked|soaking|drenched|dripping|wringing|wet through)\b",
    r"\b(?:sheets|bed|pyjamas|pajamas|pillow)\b(?: \w+){0,2}? (?:soaked|soaking|drenched|wringing|dripping|sopping)\b",
)
#: the fever itself said to be absent now, after a sign told as past ("had the flu a month ago but no fever now";
#: bot/reading/redflags.py _GONE_NOW): only with a PAST_CUES word before it
FEVER_GONE_NOW = (  # the thermometer quiet now (session 19j): "nothing on the thermometer since", "thermometer says normal"
                  # come down, to a normal reading (session 19m): "now it has come down, 36.8 last night and this morning",
                  # "its dropped to 36.8" (not "came down to 38.5")
                  r"(?:(?:it|its|it is|it has|thats|that has|fever|temperature|temp|fever has|temperature has|temp has|temp is|has|is) )"
                  r"(?:\w+ ){0,2}?(?:come down|came down|gone down|went down|dropped)(?! (?:\w+ )?(?:to|at) (?:3[89]|4\d))",
                  r"(?:come down|came down|gone down|went down|dropped) to (?:3[56](?:point\d+)?|37(?:point[0-4]\d*)?)\b",
                  r"(?:3[56]point\d+|37point[0-4]\d*)(?: degrees| c)? (?:last night|since yesterday|yesterday)\b",
                  r"nothing on the thermometer", r"(?:the )?thermometer (?:says|shows|reads|is) (?:normal|nothing|3[67](?:point\d+)?)",
                  r"no (?:more )?(?:fever|temperature|temp) (?:now|anymore|any more|these days|since)",
                  # ... told as none at all (session 37D): "no fever at all since the weekend", "no temp whatsoever now",
                  # "since friday no fever at all" (a past fever before it: PAST_CUES)
                  r"no (?:more )?(?:fever|temperature|temp) (?:at all|whatsoever) (?:now|anymore|any more|these days|since)",
                  r"since \w+(?: \w+)? no (?:more )?(?:fever|temperature|temp) (?:at all|whatsoever)\b",
                  r"no more (?:fever|temperature|temp)\b",
                  # "not had a temperature since", "havent had a temp since friday" (session 17)
                  r"(?:not|never|havent|have not|hasnt|has not) (?:had|run|got) (?:a |any )?(?:fever|temperature|temp) since",
                  r"(?:dont|do not|havent|have not|aint) (?:got |have )?(?:a |any )?(?:fever|temperature|temp) (?:now|anymore|any more)",
                  r"(?:fever|temperature|temp) (?:is |has )?(?:gone|normal|down) (?:now|since)",
                  # "no fever for 3 days now" (session 16d)
                  r"no (?:more )?(?:fever|temperature|temp) (?:for|in) (?:the (?:last|past) )?(?:\d+|a few|a couple of|two|three|four|five) (?:days?|weeks?)",
                  # a normal reading now (session 16b): "had a temp last week, 36.8 this morning"
                  r"(?:only |just )?(?:3[56]point\d+|37point[0-4]\d*)(?: degrees| c)? (?:this morning|today|now|tonight|this evening)",
                  # ... the time first (session 27M): "had a bit of a temperature but now its 36.8", "today back to 36.6"
                  r"(?:now|today|this morning|tonight|this evening)(?: its| it is| im| i am| im at| it was| its at)? (?:back |down |to |only |just |at )*"
                  r"(?:3[56]point\d+|37point[0-4]\d*|3[67](?= degrees\b| ?[,.]|$))",
                  # well again after it (session 25F1): "had a temperature, feeling myself again", "back on my feet since monday",
                  # "right as rain now" (the sign's own clause past: "i have a fever but feel fine again" stays a fever)
                  r"(?:feel|feeling|felt|im|i am|ive been|been|back to) (?:\w+ )?(?:fine|great|grand|good|myself|fit|well|normal|human"
                  r"|champion|tip top|my old self|my usual self) again\b",
                  r"back on (?:my|me) feet\b", r"(?:right as rain|fit as a fiddle)\b",
                  r"(?:im|i am|feeling|felt|ive|i have) (?:all |fully |totally |completely )?(?:better|recovered|over it) (?:now|since)\b")
#: the fever itself named over, no past cue needed (session 20b; bot/reading/redflags.py _OVER_NOW): "fever free since
#: friday", "the fevers gone", "since friday im fever free" (not "not fever free yet", "the fever is gone down a bit")
FEVER_OVER = (r"(?:since \w+ (?:\w+ )?)?(?:im |i am |ive been |i have been |been |now |finally )?(?<!not )(?<!never )(?<!isnt )"
              r"(?<!not yet )(?:fever|temperature|temp) ?free\b(?! yet\b)",
              # ... "been" told after the verb's "s" (session 27M): "the fever's been gone over a week"
              r"(?:the |my )?(?:fever|temperature|temp) (?:is |has |has been |is been |had been |been )?(?:all |completely |totally |long |finally )?"
              r"(?:gone|broken|broke)\b(?! (?:down|up|a bit|a little|slightly|lower|higher)\b)",
              # told in a learner's grammar, the verb unmarked and a time after it (session 23L): "the fever break since
              # thursday", "my fever finish since two days", "fever don go since sunday" (not "the fever hasnt broken",
              # "fever since thursday", "the fever left me weak", one that came back)
              r"(?:the |my |me )?(?:fever|temperature|temp) (?:is |has |have |don |done |had )?(?:already |all |completely |finally |just )?"
              r"(?:break|broke|broken|finish|finished|left|leave|stop|stopped|go|went|gone away|go away|went away|clear|cleared|pass"
              r"|passed|over)(?: already)?(?= (?:since|already|yesterday|last|ago|two|three|four|five|\d+)\b|(?: already)? ?[,.]|$)"
              r"(?!(?: \S+){0,15}? {RECURRED}\b)")
#: a sign told as past: "had", "a month ago", "last week"
PAST_CUES = (r"(?<!ive )(?<!have )(?<!has )(?<!weve )had", "ago", r"last (?:week|month|year|winter|summer|autumn|spring|time)", r"(?:days?|weeks?|months?) back\b", "was", "were", "got over",
             # a stretch told closed (session 19m): "39 fever for 3 days. now its come down"
             r"for (?:\d+|two|three|four|five|a few|a couple of) (?:days|nights)")
#: a sign over and done with, after it in the sentence: "went numb on the saddle but totally normal since",
#: "had a fever but that's long gone" (the question is asked anyway). Not "came back": the feeling or the numbness?
RESOLVED = (r"(?:totally |completely |all |back to )?normal (?:since|again|now)",
            # ... not told as not come back (session 33J): "havent gone back to normal after ten minutes", "didnt go back to normal"
            r"(?<!not )(?<!nt )(?<!not gone )(?<!nt gone )(?<!not go )(?<!nt go )(?<!never gone )(?<!never went )back to normal",
            "wore off", r"went away",
            r"(?:fully |completely )?(?:recovered|healed)",
            # ... gone long ago (session 31AF): "the fever went ages ago", "that temp broke weeks ago"
            r"(?:went|broke|cleared|passed|left) (?:\w+ )?(?:ages|weeks|days|a week|a while|a fortnight|long) ago",
            r"(?:long |all )?gone (?:now|since)", "long gone",
            # told over long ago (session 30AC): "thats ancient history now", "its all ancient history"
            r"(?:is|s|thats|its|was) (?:all |now |long )?ancient history",
            # "over since friday" (session 19h, twin of "sinds vrijdag helemaal over")
            r"(?<!not )(?<!never )(?<!not been )(?<!never been )(?:been |all |completely |totally )?over since\b", r"(?:all )?cleared up",
            # ... told in a learner's grammar, the verb unmarked (session 37D): "it all clear up", "e don clear", "everything done
            # clear" (not "waiting for it to all clear up", "it will all clear up")
            r"(?<!to )(?<!will )(?<!should )(?<!not )(?<!never )(?:it|e|everything|that) (?:don |done )?all clear up\b",
            r"(?<!will )(?<!not )(?:it|e|everything|that) (?:don|done) (?:all )?clear\b",
            # "but thats all cleared now" (session 16b)
            r"(?:its|thats|that is|it is|it has|that has|all) (?:all |completely |totally )?cleared (?:now|since|off)",
            # the clause ends on it (session 17): "a chest infection the week before last, thats all cleared, not had a
            # temperature since"
            r"(?:its|thats|that is|it is|it has|that has|has|have) (?:all |completely |totally )?cleared(?= ,| \.|$)",
            # "thats long over", "long since passed" (twin of the Dutch "allang over", issue 13)
            r"(?:long|well|ages) over", r"long since (?:over|gone|passed|cleared)",
            # "fever n all, that was gone after 4 days"
            r"(?:was|were|went|it was|all) gone (?:after|within|in) (?:\w+ ){0,2}?(?:days?|hours?|weeks?)",
            # a passing tingle gone in minutes (session 27N): "from sitting on my leg, gone in a minute", "went again after
            # two minutes" (not "not gone in ten minutes")
            r"(?<!not )(?<!never )(?<!nt )(?:gone|went|passed|wore off) (?:again |away )?(?:after|within|in) (?:\w+ ){0,3}?(?:seconds?|secs?|minutes?|mins?)\b",
            r"(?:it|that|they) went (?:totally|completely|fully|straight away|right away)",
            r"(?:sorted|cleared|fixed|knocked) (?:it|that) (?:out|up)?",
            # "had pins and needles in my foot but it's gone" (not "it's mostly gone", "the feeling has gone")
            # ... not a likening (session 26B): "i barely feel anything when i wipe, like its gone deaf", "as if its gone"
            r"(?<!like )(?<!as if )(?<!as though )(?:its|it is|it has|thats|that is|that has|theyre|they are|theyve|they have) (?:all |completely |totally "
            r"|fully )?(?:been )?(?:gone|disappeared|passed)(?! (?:numb|dead|weak|funny|weird|strange|tingly|cold|deaf)\b)"
            # not lower only (session 18): "i have a fever of 39, its gone down a bit"
            r"(?! (?:down|up|a bit|a little|slightly|lower|higher)\b)",
            # over and behind (session 18): "but its behind me since friday", "normal temperature every day since"
            r"(?:its|thats|it is|that is|its all|thats all|all) (?:now |well |firmly )?behind me",
            r"(?:normal|no) (?:temperature|temp) (?:every day |each day |all week )?since",
            # "but its over now", "that was over in a week" (not "numb all over", "its over my bum")
            r"(?:its|it is|thats|that is|it was|that was|its been|its all|it was all|that was all|thats all|that is all|thats been"
            r"|that has been) (?:long |well and truly |completely |totally )?over (?:now|and done|with|since|ages ago|long ago|in a|after|within)\b",
            # finished (session 28E): "two weeks ago i had covid, 39, but thats finished", "its all done with now" (not "not finished",
            # "i cant tell if its finished or not")
            r"(?<!not )(?<!never )(?<!isnt )(?<!if )(?<!whether )(?:its|it is|thats|that is|it was|that was|its been|thats been|its all|thats all|all) (?:long |well and truly "
            r"|completely |totally |fully )?(?:finished|done with|over with)\b(?! (?:yet|soon|or not)\b)",
            r"over and done with",
            # "now is finished" in the English of a newcomer (session 38E): "now is finished", "is over now" opening a clause (not "is
            # it finished now", "now is not over")
            r"(?:^|(?<=, ))(?:now (?:is|its|it is) (?:all |completely |totally )?(?:finishe[d]|over)|is (?:all )?(?:finishe[d]|over) now)"
            r"(?= ,| \.|$)",
            # a bare "done" or "finish" of informal and Caribbean English (session 34R): "that done long time", "it finish long time
            # now", "all that done since", "thats long done" (not "not done", "is it done")
            r"(?<!not )(?<!never )(?<!is )(?<!if )(?<!whether )(?<!get )(?<!got )(?<!want )(?<!have )(?:it|that|dat|all that|all dat|thats|its|it is|that is) (?:long |all |well )?"
            r"(?:done|finish|finished|done finish)(?: and (?:gone|dusted|done))? (?:long time|long ago|long since|since|ages ago|now|already)\b",
            r"(?<!not )(?<!nt )(?:is|s|was|thats|its|it|that|all) (?:long |all )?done and (?:dusted|gone)",
            # broke, told of the fever by a pronoun with when (session 22I, Caribbean "it break since thursday"): "it broke on
            # sunday", "its broken since monday" (not "it broke my sleep", "waiting for it to break")
            r"(?:it|its|it has|thats|that|that has|which) (?:finally |all |just )?(?:broke|break|broken|breake[d])"
            r"(?= (?:since|on|last|yesterday|after|finally|now|two|three|four|a|\d+)\b| ,| \.|$)")  # fmt: skip
#: a sentence that takes the sign up again ("... 39 and shivering. That's been gone five days"; bot/reading/redflags.py
#: _RESOLVED_OPENING): read with the sentence before it
RESOLVED_OPENS = (r"(?:but |and |now )?(?:that|thats|it|its|this|all that|all|which)",
                  # a day named first (session 22I): "since monday the fever is gone", "from sunday it broke"
                  r"(?:but |and |now )?(?:since|from|as of) \w+",
                  r"(?:but |and |now )?(?:the |my )?(?:fever|temperature|temp|flu|shivers|chills|sweats)",
                  # a later day named first (session 41L): "saturday night i had 38.2 . by sunday it was over"
                  r"(?:but |and |then )?(?:by |on |come )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                  r"(?: morning| afternoon| evening| night| lunchtime)?")
#: ... unless it came back: "went away but came back", or some is left: "but still a bit"
#: an illness told over, then named in a question (session 19j; bot/reading/redflags.py _asked_again): "had a fever, gone
#: now. is it the flu hanging on do you think?"
ILLNESS_WORDS = ("flu", "influenza", "flu like", "flulike")
#: the sign named again as the past one told over (session 24T; bot/reading/redflags.py _asked_again): "the fever from last week",
#: "the temperature i had"
REFERRED_PAST = (r"(?:from|of) (?:last|the other) (?:week|weekend|month|day|night)", r"(?:from|of) (?:monday|tuesday|wednesday|thursday"
                 r"|friday|saturday|sunday|yesterday|before|then|back then)", r"(?:from|of) (?:\w+ ){0,2}?(?:days?|weeks?) ago",
                 r"(?:that |which )?i (?:had|got|was having)\b(?! (?:again|now|still)\b)", r"(?:from|with) (?:the|that) (?:flu|bug|virus)",
                 r"last (?:week|weekend|month)")
ASKED_AGAIN = (r"do you think", r"you think", r"could it be", r"could this be", r"might it be", r"hanging on", r"lingering",
               r"still the flu",
               # "is that normal after flu" (session 20b)
               r"(?:normal|common|usual|typical|expected) after", r"after ?effects?", r"post ?viral",
               # the aches left, or something else (session 22I): "is it the flu aches or something else"
               r"or (?:is it |its |is this |could it be |maybe )?(?:something|anything) (?:else|different|serious|worse)",
               r"left ?over", r"flu (?:aches|pains)",
               # the flu asked as the cause (session 25F1): "would the flu do that", "could it be from the flu", "is it because of
               # the flu" (not "the flu is back")
               r"(?:would|could|can|might|does|did|do|will|is|was|it) (?:the |a |that |this |my |me )?(?:flu|influenza)\b(?! (?:again|back|is back)\b)",
               r"(?:from|because of|due to|caused by|down to|after) (?:the |that |a |my |me |this )?(?:flu|influenza)\b(?! (?:again|back)\b)",
               # the flu asked as playing a part (session 34R): "is the flu still playing a part", "has it anything to do with the flu"
               r"(?:play|plays|playing|played) (?:a |any |some )?(?:part|role)\b", r"(?:anything|something|owt) to do with")
RECURRED = ("came back", "comes back", "back again", "coming back",
            # ... over and over (session 33J): "gone in a minute but it keeps happening", "again and again", "over and over"
            r"keeps? (?:on )?(?:happening|recurring|returning|doing it|doing that)", r"(?<!once )again and again", "over and over",
            # ... not ordinary life taken up again (session 31AF): "returned to work", "started again at the gym", "im back at work"
            r"(?:returned|started again|its back|is back)(?! (?:to |at |in |with )?(?:work|normal|the gym|gym|school|the office"
            r"|my job|training|running|football|uni|college|my old self)\b)",
            # some of the sign itself left: "its gone but still a bit", "still there", "still tingly"
            r"still (?:a bit|a little|some)(?= ,| \.|$)", r"(?:its|it is|theyre|they are) still there",
            r"still (?:a bit |a little |slightly )?(?:numb\w*|tingl\w*|pinsneedles)",
            # the illness over but not the sign: "the flu is long over but the fever isnt"
            r"but (?:the |my )?(?:fever|temperature|temp) (?:isnt|is not|hasnt|has not|didnt|did not|aint)\b")
#: the feeling itself gone is a loss of feeling, no recovery: "the feeling has gone"
RESOLVED_NOT_AFTER = ("feeling", "feelings", "sensation", "sensations")
WEATHER = ("outside", "weather", "room", "water", "oven", "heatwave", "sun")
#: "alternating hot and cold packs" is a treatment
HOT_COLD_THINGS = (r"packs?", "ice", "heat", r"compress\w*", r"alternat\w*", r"showers?", "bath", "water", r"drinks?",
                   "food", "weather", r"taps?", "therapy", "pad", "pads")  # fmt: skip
#: "sick of this pain", "sick and tired": not ill
SICK = ("sick", "ill", "unwell")
SICK_OF = ("of", "and tired")
#: slang "sick" for very, before the pain (session 30AC; bot/reading/redflags.py _fever_skip): "my back is sick sore", "bending is
#: sick painful" (not after "i feel", "im", "been": SICK_SELF, "i feel really sick sore all over")
SICK_AS_ADVERB = (r"(?:sore(?! throat)|painful|achy|stiff|tender)",)
SICK_SELF = (r"(?:i|im|i m|feel|feeling|felt|been|am|was|were|get|getting|got)",)
#: others asking or thinking whether one is ill, just before the sick word: no fever told (session 30Z; bot/reading/redflags.py
#: _SICK_ASKED): "the neighbours keep asking if im ill", "everyone asks am i unwell", "my mum thinks im really sick" (not
#: the patient's own "i think im ill", "i keep wondering if im ill")
SICK_ASKED = (r"(?<!\bi )(?<!\bi keep )(?<!\bi kept )(?<!\bi still )(?<!\bi do )(?<!\bi did )(?<!\bim )(?:ask|asks|asking|asked|think|thinks|thinking"
              r"|thought|reckon|reckons|reckoned|assume|assumes|assumed|wonder|wonders|wondering|wondered)(?: me| us)?(?: if| whether| that)?"
              r"(?: i| im| i m)?(?: am| was| m| might be| must be| could be)?(?: i)?",)
HOT_COLD = ("hot", "cold")

#: a word of the same clause: no contrast, join or negation word, no pain and no "fine" (a regex for one token)
_SAME_CLAUSE_WORD = r"(?!(?:{})\b)\w+".format("|".join(sorted(
    NEGATIONS | JOINS | {"but", "though", "although", "however", "because", "now", "since", "then", "until", "till", "or",
                         r"hurts?", r"hurting", r"aches?", "aching", "sore", r"pain\w*", r"burn\w*", r"throb\w*", "fine", "ok",
                         "okay", "normal", "cant", "couldnt"})))
#: saddle numbness (English-shaped patterns; NUMB near AREA is the engine's)
SADDLE_PATTERNS = (
    # little felt during sex (session 19k, twin of the Limburg "veul ich dao beneje"): "the last couple of times with the
    # missus i could barely feel a thing below", "in bed with my husband i feel nothing down there anymore"
    r"\b(?:sex|intercours[e]|makin[g] love|made love|intimate|in the bedroo[m]|(?:in bed|times?) with (?:the |my |me )?(?:missus|wife"
    r"|wifey|husband|hubby|partner|fell[a]|girlfriend|boyfriend|other half))\b(?: (?!(?:legs?|feet|foot|toes?|knees?|thighs?"
    r"|shins?|calf|calves|hands?|fingers?|arms?)\b)\S+){0,8}? (?:(?:cant|couldnt|could not|cannot|can barely|could barely"
    r"|barely|hardly|didnt|did not|dont) (?:really |even )?feel (?:a thing|anything|much|nothing|it|owt)|felt (?:nothing"
    r"|next to nothing|very little|almost nothing)|feel (?:nothing|next to nothing|very little|almost nothing)|(?:gone|went"
    r"|goes|going) (?:all )?(?:dead|numb))\b(?! (?:\w+ )?(?:in|of) (?:my |me |the |both )?(?:legs?|feet|foot|toes?|knees?|thighs?"
    r"|hands?|fingers?|arms?)\b)(?! (?:\w+ )?(?:for|toward[s]) (?:her|him|them|my|me|each other)\b)",
    # "could barely feel a thing below" (not "below the knee")
    r"\b(?:cant|couldnt|could not|cannot|can barely|could barely|barely|hardly) (?:really |even )?feel (?:a thing|anything"
    r"|much|nothing|owt) (?:down )?below\b(?! (?:the|my|me|his|her|your|that|this|knee|waist|ankle)\b)",
    # someone else's bum: "like say i dey clean another person yansh", "like im wiping another persons bum"
    r"\b(?:like|as if|as though) (?:\w+ ){0,4}?(?:another|other) (?:perso[n]|person[s]|pesi[n]|somebody|somebody[s]|body[s]|people[s]"
    r"|peopl[e])s? (?:\w+ )?{AREA}\b",
    # wiping, the paper only half felt (session 19h, twin of the Flemish "da papier ... tis percies mo 'alf"): "when i wipe i
    # only half feel the paper", "it only half feels like its there"
    r"\b{WIPING}\b(?: \S+){0,12}? (?:only|just|barely|about) half (?:feel\w*|felt|there)\b",
    r"\b{WIPING}\b(?: \S+){0,12}? (?:feel\w*|felt) (?:the )?(?:paper|tissue|loo roll)\b(?: \S+){0,3}? (?:only |just |about )?half\b",
    # the patient's own area and a relative's, both numb (session 17a): "my bum and my wife's are both numb"
    r"\b(?:my|me) {AREA} (?:and|n) (?:my|me|our) (?:\w+ ){1,2}?(?:are|r|have|both)\b(?: (?!(?:not|no|arent|isnt|never|aint|dont|nothing)\b)\w+){0,3}? {NUMB}\b",
    # wiping, and the skin is not felt as one's own: "when i wipe its like its not my skin"
    r"\b(?:wipe|wipin[g]|wipe[d])\b(?:(?: ,)? \w+){0,8}?(?: ,)? (?:like|as if|as thoug[h]) (?:\w+ ){0,2}?(?:not|isnt|wasn[t]|aint) (?:my|me) "
    r"(?:own )?skin\b",
    # the dentist's numbness, then where: "like after the dentist but down below" (issue 12)
    r"\b(?:like|as if|as though) (?:\w+ ){0,2}?(?:after|at|from|leaving|coming out of|out of|when you leave) (?:\w+ ){0,4}?"
    r"dentists?\b(?: \w+){0,3}? (?:but|only|except|just) (?:\w+ )?(?:down below|down there|{AREA})\b",
    # the part named as not one's own, the subject before: "on the loo seat its like my backside isnt mine" (issue 12)
    # Scots "no" for not (session 18d): "its like my bum's no mine"
    r"\b(?:like|as if|as though) (?:my |me |the )?{AREA} (?:isnt|is not|arent|are not|aint|wasnt|is no|are no) (?:even |really )?"
    r"(?:mine|my own|part of me|there)\b",
    # the paper not felt touching: "when i wipe its like the paper isnt even touching me", "like theres no tissue" (issue 13)
    r"\b(?:wipe|wiping|wiped)\b(?: \w+){0,6}? (?:toilet |loo )?(?:paper|tissue|roll|wipes?) (?:\w+ ){0,2}?(?:isnt|is not|not|wasnt"
    r"|doesnt|didnt|dont|never|aint|arent) (?:even |really |properly )?(?:touch\w*|there|reach\w*|on me)\b",
    r"\b(?:wipe|wiping|wiped)\b(?: \w+){0,6}? (?:like|as if|as though) (?:theres|there is|there was|there were) no (?:toilet |loo )?"
    r"(?:paper|tissue|roll)\b",
    r"\b(?:toilet |loo )?(?:paper|tissue|roll) (?:\w+ ){0,2}?(?:isnt|is not|not|wasnt|doesnt|didnt|never) (?:even |really )?"
    r"(?:touch\w*|there)\b(?: \w+){0,4}? (?:wipe|wiping|wiped)\b",
    # wiping after the toilet and nothing felt, across "after" and "and": "wiping after a poo n i feel almost nothing"
    r"\b(?:wipe|wiping|wiped)\b(?: \w+){0,6}? (?:toilet|loo|poo|poop|wee|pee|number two|bathroom|wc)\b(?: \w+){0,4}? {NUMB}\b"
    r"(?! (?:\w+ )?(?:{HURTS}|{PAIN}|burning|sting\w*)\b)",
    # wiping as with gloves on, not feeling the paper
    r"\b(?:wipe|wiping|wiped)\b(?: \w+){0,8}? (?:with|wearing) (?:a |thick |rubber |oven |my )?gloves? on\b",
    r"\b(?:cant|couldnt|dont|didnt|barely|hardly|not) (?:\w+ )?feel (?:the )?(?:toilet |loo )?(?:paper|tissue|roll)\b",
    r"\bsaddle (?:anaesthesia|anesthesia|numbness|anaesthetic)\b",
    # what is worn there not felt on the skin: "changed my pad n couldnt feel it against me"
    r"\b(?<!heat )(?<!ice )(?<!gel )(?<!cold )(?<!hot )(?<!knee )(?<!elbow )(?:pads?|sanitary \w+"
    r"|panty ?liners?|liners?|tampons?|knickers|undies|underwear|thong)\b(?: \S+){0,8}? (?:cant|couldnt|didnt|dont|doesnt"
    r"|barely|hardly) (?:\w+ )?feel (?:it|them|that|(?:the|my) \w+) (?:\w+ )?(?:against|on) (?:me|my skin)\b",
    # ... or named as what is not felt: "cant feel my pad at all"
    r"\b(?:cant|couldnt|didnt|dont|doesnt|barely|hardly) (?:\w+ )?feel (?:my |the |me )?(?:(?!heat|ice|gel|cold|hot|knee|elbow)\w+ )?(?:pads?"
    r"|sanitary \w+|panty ?liners?|tampons?|knickers|undies|underwear|thong)\b",
    # wiping as through a layer: "wiping is like doing it thru a thick towel", "like wiping with mittens on"
    r"\b(?:wipe|wiping|wiped)\b(?! (?:down|off|up|the|a|an|his|her|their|your|my (?:face|hands?|nose|eyes|mouth|glasses"
    r"|phone)))(?: \w+){0,6}? (?:like|as if|as though) (?:\w+ ){0,4}?(?:through (?:a |an |some |my )?"
    r"(?:\w+ )?(?:towel|cloth|blanket|layer|padding|gloves?|mittens?|mitts?)|(?:with|wearing|in) (?:a |some |my )?(?:\w+ )?"
    r"(?:gloves?|mittens?|mitts?))\b",
    r"\b{PILLOW} (?:\w+ ){0,3}?(?:isnt|not|wasnt) (?:really )?there\b",
    # the saddle area and another part as one subject: "my bum n everything in between felt nothing",
    # "my bum and legs are numb" (no contrast, negation, pain or "fine" in between)
    rf"\b(?!wip\w* ){{AREA}} (?:and|n|plus) (?:{_SAME_CLAUSE_WORD} ){{0,3}}?{{NUMB}}\b",
    # ... the other part the space between (session 27J): "my inner thighs and the bit in between go dead", "my cheeks and
    # like everything in between feel tingly" (the area first, or the thighs, the legs, the cheeks)
    rf"\b(?:{{AREA}}|thighs|legs|cheeks) (?:and|n|an|plus) (?:like |kind of |sort of |also )?(?:the |that |everythin[g] |all |all the )?"
    rf"(?:(?:area|bit|bits|part|parts|spac[e]|skin|region|zone|stuf[f]) )?(?:in )?betwee[n](?: them| it| the two)?(?: {_SAME_CLAUSE_WORD}){{0,3}}? {{NUMB}}\b",
    # one numbness word, a list of places: "numb round there n round my front bits"
    rf"\b{{NUMB}} (?:in|on|round|around|across|at|over|down) (?:{_SAME_CLAUSE_WORD} ){{0,4}}?(?:and|n|plus) "
    r"(?:in |on |round |around |across |at |over |down )?(?:my |the |me |both )?(?:\w+ )?{AREA}\b(?! (?:\w+ )?{HURTS})",
    # the cold or heat of a pack, a bath, ice not felt there: "the frozen peas slid between my bum cheeks ...
    # i hadnt felt the cold once"
    r"\b(?:ice|froz\w*|peas|pack|bottl\w*|bath|shower|water)\b(?: \S+){0,20}? {AREA}\b(?: \S+){0,12}? (?:hadnt|didnt|couldnt|cant"
    r"|never|wasnt|dont|doesnt|not) (?:even |once |really )?(?:felt|feel|feeling|notice|noticed) (?:the |any |it |its )?"
    r"(?:cold|heat|hot|warm\w*)\b",
    # a denial of one numbness word, then another of the same area (session 16b): "my bum doesnt feel numb, it feels dead",
    # "my backside isnt tingly but its gone dead" (no negation before the second word: "isnt numb, its not dead")
    r"\b{AREA} (?:doesnt|dont|isnt|arent|aint|not|wasnt|werent) (?:\w+ ){0,2}?(?:nu(?:mb|m|mm)\w*|tingl\w*|asleep|pinsneedles)\b"
    r"(?: ,| but| its| it| more)+ (?:(?!(?:not|no|isnt|doesnt|dont|never|aint|wasnt)\b)\w+ ){0,3}?{NUMB}\b",
    # wiping that feels far away (session 16b): "the paper feels kind of far away when i wipe", "when i wipe its distant"
    r"\b(?:paper|tissue|loo roll|toilet roll|wipes?)\b(?: \w+){0,3}? (?:feels?|felt|seems?) (?:\w+ ){0,3}?(?:far away|far off"
    r"|distan[t]|miles away|a long way off)\b(?: \S+){0,6}? {WIPING}\b",
    r"\b{WIPING}\b(?: \S+){0,8}? (?:it|its|paper|that|everythin[g]|skin)(?: feels?| felt| seems?| is)?(?: \w+){0,3}? (?:far away|far off|distan[t]|miles away"
    r"|a long way off)\b",
    # the seat told as an image (session 16d): "like my backside is made of cardboard", "like im sitting on cardboard"
    r"\b(?:like|as if|as though) (?:my |me |the )?{AREA} (?:is|was|are|were|has been|have been) (?:\w+ )?(?:made (?:out )?of"
    r"|turned (?:in)?to) (?:\w+ )?(?:cardboar[d]|wood|rubber|plastic|polystyren[e]|leather)\b",
    r"\b{AREA} (?:\w+ ){0,2}?(?:feels?|felt|is|was) (?:like |as if )?(?:its |it is |it was |theyre |they are )?made (?:out )?of"
    r" (?:\w+ )?(?:cardboar[d]|wood|rubber|plastic|polystyren[e])\b",
    r"\b(?:like|as if|as though) (?:im |i am |i was |i m |i )?(?:sitting|sat|sit) on (?:a (?:piec[e]|shee[t]|bit|slab) of |some )?"
    r"(?:cardboar[d]|polystyren[e])\b",
    # wiping, unsure if the paper is felt (session 16d): "not sure if i feel the paper", "dont know if i can feel the tissue"
    r"\bunsure (?:\w+ ){0,6}?feel (?:the )?(?:toilet |loo )?(?:paper|tissue|wipe)\b",
    # the saddle area told by images (session 18a): wiping as through something soft, "its like wiping a cushion", "when i
    # wipe its like im wiping a pillow" (not "wiping the cushions": the likening is told)
    r"\b(?:like|as if|as though) (?:\w+ ){0,2}?{WIPING} (?:\w+ ){0,3}?(?:cushio[n]|pillo[w]|spong[e]|mattres[s]|duve[t]|foam|glov[e]|mitte[n])s?\b",
    r"\b{WIPING}\b(?: \w+){0,8}? (?:like|as if|as though) (?:\w+ ){0,3}?(?:through|with) (?:a |an |some )?(?:\w+ )?(?:cushio[n]"
    r"|pillo[w]|spong[e]|mattres[s]|duve[t]|foam|glov[e]|mitte[n])s?\b",
    # unsure whether the paper touches: "cant tell if the paper is even touching me", "no idea whether the tissue is there"
    r"\b(?:cant|couldnt|cannot|can not|could not) (?:really )?tell (?:if|whether) (?:the )?(?:toilet |loo )?(?:paper|tissue|roll|wipes?)"
    r" (?:\w+ ){0,3}?(?:touch\w*|there|reach\w*|on me)\b",
    r"\b(?:unsure|no idea|dont know|do not know) (?:if|whether) (?:the )?(?:toilet |loo )?(?:paper|tissue|roll|wipes?) (?:\w+ ){0,3}?"
    r"(?:touch\w*|there|reach\w*|on me)\b",
    # the seat not felt under one: "the seat felt like it wasnt there under my cheeks", "like the chair wasnt there"
    r"\b(?:seat|chair|saddle|stool|bench|sofa|couc[h])\b (?:\w+ ){0,3}?(?:like|as if|as though) (?:it|its|it was|it is|they|theyre) "
    r"(?:\w+ )?(?:wasnt|isnt|was not|is not|werent|not|arent|aint) (?:even |really )?there\b",
    r"\b(?:like|as if|as though) (?:the |my |a )?(?:toilet |loo |car |bike |offic[e] )?(?:seat|chair|saddle|stool|bench|sofa|couc[h])"
    r" (?:wasnt|isnt|was not|is not|werent|arent|aint) (?:even |really )?there\b",
    # numb as from a denta[l] injection, the area named in the likening: "like everything down there had been given a
    # denta[l] injection", "down below its like a denta[l] jab", "like a dentist injection down there"
    r"\b(?:like|as if|as though) (?:\w+ ){0,3}?{AREA}\b(?: \w+){0,5}? (?:denta[l]|dentists?|dentist s) (?:injectio[n]|jab|shot|needl[e]"
    r"|numbing|anaestheti[c]|anestheti[c]|freezing)s?\b",
    r"\b{AREA}\b(?: \w+){0,4}? (?:like|as if|as though) (?:\w+ ){0,4}?(?:denta[l]|dentists?|dentist s) (?:injectio[n]|jab|shot"
    r"|needl[e]|numbing|anaestheti[c]|anestheti[c]|freezing)s?\b",
    r"\b(?:like|as if|as though) (?:\w+ ){0,3}?(?:denta[l]|dentists?|dentist s) (?:injectio[n]|jab|shot|needl[e]|numbing|anaestheti[c]"
    r"|anestheti[c]|freezing)s?\b(?: \w+){0,3}? (?:down below|down there|{AREA})\b",
    # "you know how your lip feels after the dentist ? same but down there" (the two sentences joined: SAME_BUT)
    r"\bdentists?\b(?: \S+){0,3}? (?:same|the same|same thing) (?:but|only|except) (?:\w+ ){0,2}?(?:down below|down there|{AREA})\b"
    r"(?! (?:\w+ )?(?:{HURTS}|is fine|are fine|fine|ok|okay|normal)\b)",
)
#: the area gone to sleep, told as going to sleep (session 25Y): "the left side of my bum has gone to sleep", "my bum cheek keeps
#: going to sleep" (the area the subject: not "my bum hurts so i cant go to sleep")
SADDLE_PATTERNS += (r"\b{AREA}\b(?: (?:chee[k]|cheek[s]|left|righ[t]|side|has|have|had|keep[s]|kept|keep|just|alway[s]|ofte[n]|sometime[s]|then|also|too"
                    r"|all|completel[y]|totall[y]|properl[y]|now|stil[l])){0,3} (?:gone|goes|goin[g]|went|go) (?:off )?to slee[p]\b",)
#: the seat felt as through a layer, the area as not one's own or as out of the fridge (session 31AE): "when i sit its like
#: sitting through a thick towel", "like theres a blanket between my bum and the chair", "my backside feels like its just come
#: out of the freezer", "i feel nothing where i touch the seat" (a cold bum from a cold step, told as cold only, is no sign)
_LAYER_BETWEEN = (r"(?:towe[l]|towel[s]|blanke[t]|blanket[s]|jeans|deni[m]|cushio[n]|cushion[s]|glove[s]|glov[e]|mitten[s]|mitte[n]|layer[s]"
               r"|laye[r]|padding|duve[t]|pillo[w]|trouser[s]|ski pant[s]|wetsui[t]|spong[e]|nappy|cardboar[d]|rubber)")
_SEAT = r"(?:seat|chair|stoo[l]|stool[s]|saddle|bench|sofa|couc[h]|toilet|loo|lav|bog|armchai[r]|bed)"
SADDLE_PATTERNS += (
    rf"\b(?:sit|sits|sitting|sat|seate[d]|sit down|sat down)\b(?: \S+){{0,8}}? (?:like|as if|as though) (?:\w+ ){{0,4}}?"
    rf"(?:through|wearing|in|with|under) (?:a |an |some |my |two |three |a pair of |a layer of )?(?:\w+ ){{0,2}}?{_LAYER_BETWEEN}\b(?! on\b)",
    rf"\b(?:like|as if|as though) (?:im |i am |i was |i m |i |your[e] |you are )?(?:sitting|sat|sit) (?:\w+ ){{0,4}}?(?:through|wearing|in|with)"
    rf" (?:a |an |some |my |two |three |a pair of |a layer of )?(?:\w+ ){{0,2}}?{_LAYER_BETWEEN}\b(?! on\b)",
    rf"\b(?:like|as if|as though) (?:theres|there is|there was|i have|ive got|i had|i got) (?:a |an |some |two )?(?:\w+ ){{0,2}}?{_LAYER_BETWEEN}"
    rf" (?:\w+ )?(?:between|under) (?:my |me |the )?(?:{{AREA}}|skin|bum|seat|{_SEAT})\b",
    rf"\b(?:feel|felt|feeling|feels) (?:the )?{_SEAT}\b(?: \w+){{0,4}}? (?:like |as if |as though )?(?:\w+ ){{0,2}}?through (?:a |an |some |my |two "
    rf"|a pair of |a layer of )?(?:\w+ ){{0,2}}?{_LAYER_BETWEEN}\b",
    r"\b{AREA}\b(?: \w+){0,3}? (?:like|as if|as though) (?:\w+ ){0,4}?(?:come|came|coming|take[n]|just|fres[h]|straight|been|left) (?:\w+ ){0,2}?"
    r"(?:of |from |in )(?:the |a )?(?:fridg[e]|freeze[r]|deep freez[e]|icebo[x]|ice box)\b",
    r"\b(?:like|as if|as though) (?:my |me |the )?{AREA} (?:is|was|are|were|has been|had been|have been|got|had|has) (?:\w+ )?(?:froze[n]|froz[e]"
    r"|anaesthetise[d]|anesthetize[d]|anaesthetize[d]|anesthetise[d]|injecte[d]|froze[n] soli[d])\b",
    rf"\b(?:feel|felt|feeling|sense) (?:nothing|anything|a thing|zero|nowt) (?:\w+ ){{0,3}}?(?:where|when|as) (?:\w+ ){{0,3}}?(?:touch\w*|contac[t]\w*"
    rf"|meets?|rests?|press\w*|sits?) (?:\w+ ){{0,2}}?(?:the |a |my )?(?:\w+ )?{_SEAT}\b",
    rf"\b(?:sit|sits|sitting|sat|seate[d]|{_SEAT})\b(?: \S+){{0,8}}? (?:feel|felt|feeling|sense) (?:nothing|zero|nowt) (?:at all )?(?:at|on|from|of|in)"
    rf" (?:the )?contac[t]\b",
)
#: ... the comparison told first, the area after it (session 31AI): "its as if my bum just came out of the freezer", "like my
#: buttocks had been left in the fridge overnight" (not food out of the fridge, not "my hands are like ice")
SADDLE_PATTERNS += (
    r"\b(?:like|as if|as though) (?:\w+ ){0,2}?{AREA}\b(?: \w+){0,5}? (?:out of|from|in|inside) (?:the |a |my |our )?(?:fridg[e]|freeze[r]"
    r"|deep freez[e]|icebo[x]|ice box)\b",
)
#: a sentence that opens on "the same but" goes on the one before it (session 18a): "like your lip after the dentist ?
#: same but down there" (bot/reading/redflags.py _reading)
SAME_BUT = ("same but", "the same but", "same thing but", "same only", "same again but")
#: ... and one opening on a restriction to a moment (session 26H): "wakes me at night. its only when i roll over though"
#: (the night told and its only moment are one telling; bot/reading/redflags.py _reading)
ONLY_WHEN = (r"(?:but |and )?(?:its |it s |it is |thats |that s |that is |this is )?(?:only|only ever) (?:when|if|while|whenever|as) (?:i|im|it)",)
#: a sentence cut off after a hedge goes on in the next one (session 19k): "my bum feels sort of... not there?"
#: (bot/reading/redflags.py _reading)
TRAILING_HEDGE = ("sort of", "kind of", "kinda", "sorta")
#: a bare question about a back pain and cancer, the "?" its only verb (session 19g): "back pain cancer?", "is back ache =
#: cancer??" (bot/reading/redflags.py normalise; the own cancer told stays: "had bowel cancer, my back pain cancer?")
BARE_QUESTIONS = (
    (r"\b(?:is |my |the |a )?(back ?pain|back ?ache|bad back|lower back pain|sciatica) *(?:=|is|means|->)? *(?:a |an )?"
     # ... or caused by it (session 27M): "back pain from cancer?", "back pain caused by a tumour?"
     r"(?:(?:from|by|caused by|due to|because of|of) *(?:a |an )?)?(cancer|tumou?r)\s*", r"is \1 \2 "),
)

#: fever, chills, feeling ill (English-shaped patterns)
_NOT_A_UNIT = (r"(?! (?:kilo[s]?|kg|kgs|year[s]?|yrs|minute[s]?|min[s]?|hour[s]?|hrs|day[s]?|week[s]?|time[s]?|percen[t]|pound[s]|lbs|euro[s]?|qui[d]|mile[s]?"
               r"|metre[s]?|meter[s]?|step[s]|ston[e]|peopl[e]|pill[s]|tablet[s]|mg)\b)")
FEVER_PATTERNS = (
    r"\bfea?v(?:e|o|a)?r(?:e|s|ish|y)?\b",
    # a bare temperature told back again (session 24W): "again 39 last night", "then 38.5 again" (not "again 40 minutes")
    r"\b(?:agai[n]|back up to|up agai[n] to) (?:a |abou[t] |ove[r] |nearl[y] |almos[t] )?(?:3[89]|4[0-2])(?:point\d+)?\b" + _NOT_A_UNIT,
    r"\b(?:3[89]|4[0-2])(?:point\d+)? again\b",
    r"\bfevre\b",
    r"\b(?:a|running|run|have|had|got|with) (?:a )?{A_TEMPERATURE}\b",
    r"\bchills\b|\bshiver\w*|\bshaking with cold\b|\brigou?rs\b|\bnight ?sweats?\b|\bcold sweats?\b",
    r"\b(?:the )?sweats\b|\b(?:drenched|soaked) (?:in )?sweat\b|\bsweating (?:\w+ ){0,2}?(?:at night|all night|in bed|in my sleep|every night)\b",
    r"\b(?:feel|feeling|felt|fell|am|im|been|got|become|became|getting) (?:\w+ ){0,1}?"
    r"(?:very |really |so |extremely |terribly |seriously |quite |awfully |super |incredibly )?"
    r"(?:unwell|ill)\b",  # not the British "poorly": unwell in a mild way, no fever told
    r"\b(?:very|really|so|extremely|terribly|seriously|awfully|super|incredibly) (?:sick|ill|unwell)\b"
    r"(?! of\b| and tired\b)",
    # the body hot, West-African and Indian English (session 23Q): "my body dey hot", "my body is hot at night", "body don dey
    # hot" (not "hot bath for my body")
    r"\b(?:my|me|his|her|the) body (?:dey|de|is|was|don|don dey|been|feels?|felt) (?:\w+ )?(?:hot|burning|burnin[g]|burn|heat|warm)\b",
    r"\bflu\b(?! (?:jab|shot|vaccine|vaccination|injection))|\bflu like\b|\bflulike\b|\binfluenza\b"
    r"|\bburning up\b(?! (?:in |into |through |to |inside )?(?:my|me|the|his|her) (?:\w+ )?(?:chest|throat|neck|back|spine"
    r"|legs?|thighs?|arms?|belly|stomach|tummy)\b| (?:with|from) (?:the )?(?:heartburn|reflux|acid"
    r"|indigestion))",
    # shaking: "shaking like a leaf"
    r"\bshaking like a leaf\b|\bteeth (?:were |are )?chattering\b|\bshaking (?:all over|uncontrollabl\w*)\b",
    r"\b(?:shaking|shivering|trembling) (?:\w+ )?under (?:the |my )?(?:duvet|covers|blankets?|quilt)\b",
    # chills told by the covers, and then the sweat (session 19g): "shaking under two doonas then drenched", "freezing under
    # three blankets, an hour later soaked" (not soaked by the rain)
    r"\b(?:shaking|shakin[g]|shoo[k]|trembling|freezin[g]|froz[e]) (?:\w+ )?under (?:(?:the|my|two|three|four|all|extra|every|\d+) )?"
    r"(?:\w+ )?(?:duvets?|doon[a]s?|covers|blankets?|quilts?|comforter[s]?)\b",
    r"\b(?:shaking|shakin[g]|shoo[k]|freezin[g]|froz[e]|teeth chatterin[g]) (?:\w+ ){0,6}?(?:then|after that|afterward[s]|later)"
    r" (?:\w+ ){0,2}?(?:drenche[d]|soake[d]|drippin[g]|sweatin[g]|swea[t]|sweaty)\b"
    r"(?! (?:\w+ )?(?:by|from|in|with) (?:the )?(?:rain|sea|water|showe[r]|pool|rive[r]|slee[t]|snow|hose))",
    r"\b(?:get|getting|got|gets|have|having|had|running|run) (?:these |those |high |some |the )?temps\b",
    r"\bthermometer\b(?: \w+){0,5}? (?:3[89]|4[0-2])(?:point[0-9])?\b",  # "thermometer in and it said 38.7" (18f)
    # Fahrenheit on the thermometer (session 35A): "thermometer said 102", "it s 101 on the thermometer"
    r"\bthermometer\b(?: \w+){0,5}? {FAHRENHEIT}\b|\b{FAHRENHEIT} (?:on|by) (?:the |my |our )?thermometer\b",
    # what it read, with a decimal (session 18f): "stuck the thermometer in and it said 38.7", "it showed 38.9"
    r"\b(?:it|thermometer|temp) (?:said|says|read|read[s]|show[e]d|show[s]|hit|was on) (?:3[89]|4[0-2])point[0-9]\b",
)

# ---- weakness getting worse: slots of the shared patterns (bot/reading/redflags.py _SHARED_WORSENING) ----
LEGWORD = ("leg", "legs", "knee", "knees")
WORSE = ("worse", "worsening")
SO_THAT = ("so", "to stop", "stop", "or", "otherwise", "else", "in case")
SIDE = ("left ", "right ")
FOOT_WORD = ("foot", "feet", r"toes?")
FOOT_NOT = ("doesnt ", "dont ", "wont ")
CATCHES = (r"catch\w*", r"drag\w*", r"trip\w*", r"scrap\w*", r"scuff\w*")
WEAKER = ("weaker",)
WEAKER_MORE: tuple = ()  # "krachtelozer" in Dutch
EVERY_PER = ("every", "each", "by the", "per")
DAYS = ("day", "days", "week", "weeks")
EACH = ("every", "each")
DAY_OR_WEEK = ("day", "week")
THAN = ("than",)
BEFORE_TIME = ("last", "yesterday", "a week ago", "a few days ago")
GRADUALLY = ("gradually", "slowly", "steadily", "progressively")
PARALYSED = (r"paraly[sz]\w*",)
#: paralysis asked about or feared as a possibility (session 26, lead: FAQ set 27 "can i end up paralysed if i move
#: wrong?" was escalated): the words of its clause before the paralysis word. The check asks the leg questions anyway.
PARALYSIS_FEARED = (r"^(?:\w+ ){0,2}?(?:can|could|will|would|might|may) (?:i|you|one|someone|people|a person) (?:\w+ ){0,3}?"
                    r"(?:become|get|end up|be left|go|be)$",
                    r"\b(?:afraid|scared|frightened|worried|terrified) (?:of|that|i ll|ill|i will|i might) (?:\w+ ){0,2}?"
                    r"(?:becoming|being|getting|ending up|end up|be|become|get)$")
DAY_BY_DAY = ("day by day", "by the day")
#: "weak but not getting worse" (a negation inside the match) is stable when the match starts so
WEAK_START = ("weak",)
#: a leg that gives way now and then: with a stable course told ("but its exactly the same, not worse") no worsening
#: (session 16b; bot/reading/redflags.py _gives_way_unchanged)
#: a slip told before a foot swept from under the patient: the slip, no leg giving way (session 21c)
SLIPPED = (r"slippe[d]", r"slippin[g]", r"slid", r"skidde[d]", r"lost my footing",
           # a fall down a place told before (session 23): "fell down the basement stairs, feet went out from under me"
           r"fell (?:down|off|on) (?:\w+ ){0,3}?(?:stairs|steps|step|ladder|ice|kerb|curb)")
#: a cause told between the slip and the feet that went ("fell down the stairs because my legs went from under me"):
#: the legs gave way first, the sign stays (session 23)
SLIP_CAUSE = ("because", "as", "when", "since")
SWEPT_FROM_UNDER = (r"(?:went|goes|go|gone|going) (?:out )?from under(?:neath)? me", r"(?:shot|slid) (?:out )?from under(?:neath)? me")
#: a thing that went from under the patient, named just before: the thing, not the legs (session 44X; bot/reading/redflags.py
#: _swept_by_slip): "the step ladder went out from under me" (not "my legs went out from under me": SWEPT_LEG)
SWEPT_THING = (r"ladde[r]", r"stepladde[r]", r"chai[r]", r"stoo[l]", r"bik[e]", r"bicycl[e]", r"scoote[r]", r"skateboar[d]", r"stoo[l]s",
               r"ladde[r]s", r"chai[r]s", r"sea[t]", r"benc[h]", r"mote[r]bike", r"motorbik[e]", r"boar[d]", r"ru[g]", r"ma[t]",
               r"plan[k]", r"crat[e]", r"bo[x]", r"bucke[t]", r"trolle[y]", r"car[t]", r"hors[e]", r"pon[y]", r"sk[i]s", r"sledg[e]",
               r"ste[p] ?stoo[l]",
               # ... or only "the whole thing" (session 44, the lead): "up the ladder ... the whole thing went out from under me"
               r"whole thin[g]")
SWEPT_LEG = (r"legs?", r"knees?", r"feet", r"foot", r"hips?")
#: the feet swept, then a catch told after it: a near fall (session 24W)
SWEPT_FEET = (r"feet", r"foot")
CAUGHT_AFTER = (r"grabbed", r"grabbing", r"caught", r"catched", r"held on", r"hung on", r"clung on", r"steadied", r"clutched",
                r"grabbed hold", r"saved myself", r"managed to stay up")
GIVES_WAY = (r"(?:gives?|gave|giving|given) (?:way|out)", r"buckl\w*")

_FELL_EXCLUDE = (  # "fell asleep", "fell in love": not a fall
    r"(?! (?:asleep|apart|ill|sick|in love|behind|through|for\b|short|pregnant|silent|out with"
    r"|into place|back asleep|victim|in line|flat\b(?! on)"
    # a number that fell: "my leg strength fell from 12 to 5 kilo", "my weight fell by 6 kg"
    r"|from \d+(?:point\d+)? (?:\w+ )?(?:to|down to) \d|(?:to|by) \d))"
)
#: a fall, an accident, a blow (English-shaped patterns)
#: the big animals and the loads or machines one is pinned or crushed by, and the hard things one is pinned against
#: (session 30Z; TRAUMA_PATTERNS "pinned me against the gate")
_BEAST = (r"(?:co[w]|cow[s]|hors[e]|mar[e]|stallio[n]|bul[l]|bullock[s]?|heife[r]|stee[r]|ox|bea[s]t|cattl[e]|donke[y]|came[l])")
_HARD_SURFACE = (r"(?:(?:the|a|an|my|his|her|its|our|that|some|two) )?(?:\w+ )?(?:wal[l]|gat[e]|fenc[e]|railing[s]?|rail[s]?|barrie[r]|doo[r]|doorwa[y]|pos[t]"
             r"|stal[l]|sid[e] of the (?:stal[l]|pe[n]|traile[r]|box)|pe[n]|traile[r]|lorr[y]|truc[k]|van|tracto[r]|qua[d]|qua[d] bik[e]|forklif[t]"
             r"|pallet[s]?|groun[d]|floo[r]|bar[s]|feede[r]|troug[h]|hurdl[e]|crus[h]|cage|shel[f]|shelvin[g]|rack|rubbl[e]|machin[e]|car|"
             + _BEAST[3:-1] + r")")
#: what hit the patient on the road or the slope (session 31AJ): a vehicle or its rider
_VEHICLE = (r"(?:car|cars|van|lorr[y]|truc[k]|bus|taxi|cab|motorbik[e]|motorcycl[e]|moto[r]|scoote[r]|mope[d]|bike|cyclis[t]|bike[r]|ride[r]"
                r"|drive[r]|tra[m]|tracto[r]|vehicl[e]|skie[r]|snowboarde[r])")
#: ... the machine alone, for "into me" ("the driver bumped into me at the shop" met the patient)
_MACHINE = r"(?:car|cars|van|lorr[y]|truc[k]|bus|taxi|cab|motorbik[e]|motorcycl[e]|scoote[r]|mope[d]|bike|tra[m]|tracto[r]|vehicl[e])"
#: a push to do more is no blow (session 41A): "was pushed by my coach to run more laps", "got pushed by my trainer to lift more",
#: "was pushed to do extra sets by my physio", "pushed into doing more" -- a push into, over, down or against something stays
#: one ("was pushed into the table by a player", "pushed over in a fight")
_PUSHER_41A = (r"(?:physi[o]|physio[s]|physiotherapis[t]|coac[h]|coache[s]|traine[r]|p ?t|instructo[r]|teache[r]|bos[s]|manage[r]|paren[t]s?|mum|mom|dad"
               r"|docto[r]|gp|wif[e]|husban[d]|partne[r]|therapis[t]|osteo|osteopat[h]|chir[o]|chiropracto[r]|surgeo[n]|consultan[t]|nurs[e])")
_PUSH_VERB_41A = (r"(?:do|doin[g]|go|goin[g]|try|tryin[g]|keep|keepin[g]|run|runnin[g]|lift|liftin[g]|train|trainin[g]|work|workin[g]|walk|walkin[g]"
                  r"|swim|cycl[e]|push|add|hold|squa[t]|squat[s]|stretc[h]|finis[h]|complet[e]|retur[n]|get back|play|playin[g]|exercis[e]|reha[b]"
                  r"|more|extr[a]|harde[r]|furthe[r]|faste[r])")
_PUSH_TO_DO_41A = (r"(?!(?: (?:hard|harde[r]|too hard|too far|too much))?(?: by (?:my|the|our|his|her|a|an|me) (?:\w+ )?" + _PUSHER_41A + r")?"
                   r"(?: (?:hard|harde[r]|too hard|too far|too much))? (?:to|into) " + _PUSH_VERB_41A + r"\b)"
                   r"(?! (?:hard |harde[r] )?by (?:my|the|our|his|her|a|an|me) (?:\w+ )?" + _PUSHER_41A
                   + r"\b(?!(?: \w+){0,3}? (?:over|down|into|onto|against|off|to the (?:groun[d]|floo[r])))\b)")
TRAUMA_PATTERNS = (
    # a slip or a landing told with the bare verb after its subject (Caribbean, West African English, session 26I): "she slip on
    # the wet tiles", "he slip in the shower", "i land hard on my back" (not "if she slip", "scared i slip")
    r"(?<!\bif )(?<!\bscare[d] )(?<!\bafraid )(?<!\bworrie[d] )(?<!\bin case )(?<!\bdont want )\b(?:she|he|i|mi|me|we|dem|they)"
    r" (?:(?:jus|just|den|then|also|did) )?slip (?:in|on|pon|inna|for) (?:the |di |de |a |her |his |my |mi |our |dat |that )?(?:\w+ )?"
    r"(?:bathroo[m]|kitche[n]|tiles?|floo[r]|showe[r]|ice|steps?|stairs?|yard|road|pavemen[t]|mud|toile[t]|bat[h]|tub|verand[a]h?"
    r"|galler[y]|porc[h]|drivewa[y]|gutte[r]|groun[d])\b",
    r"(?<!\bif )(?<!\bscare[d] )(?<!\bafraid )(?<!\bworrie[d] )(?<!\bin case )\b(?:she|he|i|mi|me|we|dem|they)"
    r" (?:(?:jus|just|den|then|did) )?land (?:(?:hard|heavy|heavily|flat|smac[k]|right|bad|badly|straight) )?(?:on|onto|pon) (?:my|me|her|his|mi|di"
    # ... Caribbean "she" for her, read "i" in a message typed for her (session 34T): "she land pon she bottom"
    r"|she|i)"
    r" (?:\w+ )?(?:back|backsid[e]|bum|butt|bottom|behind|tailbon[e]|coccy[x]|arse|ass|spine|hip|rear end|batt[y]|bamba[m]|rump)\b",
    # a fall in street words (session 24T): "took a spill on the ice", "ate pavement off the scooter", "smacked down on the kerb",
    # "i bit the dust on the stairs" (not "my laptop bit the dust", "ate a pavement pie", "the pans clattered onto the floor")
    r"\b(?:took|take|take[n]|had) (?:a |an )?(?:\w+ )?spill\b(?! (?:of|on my|on the (?:floor|carpe[t]|tabl[e]))\b)",
    r"\b(?:(?:i|we) (?:\w+ )?|(?:and|then|n) )(?:ate|eate[n]|eat) (?:the |some )?(?:pavement|concret[e]|tarma[c]|asphal[t]|dirt|grave[l]|kerb|curb)\b"
    r"(?! (?:pie|cake)\b)",
    r"\b(?:(?:i|we) (?:\w+ )?|(?:and|then|n) )bit the dust\b",
    r"\b(?:(?:i|we) (?:\w+ )?|(?:and|then|n) )(?:smacked|slammed|crashed|bashed|thumped|clattere[d]|whacked|smashed|cracke[d]) (?:down |back |straight |right |flat )?(?:on|onto|into|against)"
    r" (?:the|a) (?:\w+ )?(?:kerb|curb|pavement|ground|floor|concret[e]|ice|tarma[c]|road|step|step[s]|stair[s]|deck|tile[s])\b",
    # a collision or a blow told as what came into the patient (session 22G): "a skier ploughed into me", "a cyclist slammed
    # straight into me", "the winger clattered me, knee straight into my lower back" (not "the pain ploughed into me"; a simile:
    # NOT_A_FALL)
    r"(?<!pain )(?<!spasm )\b(?:ploughe[d]|plowe[d]|slamme[d]|smashe[d]|barrelle[d]|barrele[d]|careere[d]|cannone[d]|ploug[h]s|skie[d]"
    r"|cycle[d]|rode|bashe[d]|pile[d]|steamrolle[d]) (?:righ[t] |straigh[t] |full |smac[k] |full pelt |headlon[g] |hard )?(?:into|in to) (?:me|us)\b",
    r"\b(?:clattere[d]|blindside[d]|steamrolle[d]|speare[d]|poleaxe[d]|pole axe[d]|body ?checke[d]|flattene[d]|mowe[d] down)"
    r" (?:me|us)\b(?: \S+){0,4}? (?:knee|elbow|boot|shoulde[r]|helme[t]|stud[s]|hea[d]|ski[s]|boar[d]|bik[e]|handlebar[s]|him|he|she)\b",
    r"\b(?:clattere[d]|blindside[d]|speare[d]|poleaxe[d]|pole axe[d]|body ?checke[d]) (?:me|us)\b",
    # a vehicle or a rider that hit the patient (session 22G): "a car hit me on my bike", "a cyclist knocked me flying"
    r"\b(?:car|cars|van|lorr[y]|truc[k]|bus|taxi|cab|motorbike|scooter|mope[d]|bike|cyclis[t]|bike[r]|ride[r]|drive[r]|skie[r]|snowboarde[r]|horse)"
    r" (?:\w+ ){0,2}?(?:hit|struck|clippe[d]|knocke[d]|bowle[d]|side ?swipe[d]|rammed|flattene[d]|took out) (?:me|us)\b",
    # ... told with another verb, a Malay or Indonesian loan or "into me", or in the passive (session 31AJ): "a motorcycle bang me
    # at the junction", "the lorry bumped into us", "got clipped by a van", "was sideswiped by a bus", "kena langgar" (kena is
    # read "got"), "got tabrak by a scooter" (not the news or the pain that hit me: a vehicle named)
    r"\b" + _VEHICLE + r" (?:\w+ ){0,2}?(?:ban[g]|bange[d]|bumpe[d]|langga[r]|rempu[h]|tabra[k]|swipe[d]|t ?bone[d]) (?:me|us)\b",
    r"\b" + _MACHINE + r" (?:\w+ ){0,2}?(?:ban[g]|bange[d]|bumpe[d]|crashe[d]|smashe[d]|slamme[d]|drov[e]|reverse[d]|backe[d]|langga[r])"
    r" (?:righ[t] |straigh[t] |full |hea[d] on )?(?:into|in to|onto) (?:me|us)\b",
    r"\b(?:was|got|been|were|being|get|gets) (?:\w+ )?(?:ban[g]|bange[d]|bumpe[d]|clippe[d]|side ?swipe[d]|swipe[d]|rammed|mowe[d] down|mow[n] down"
    r"|langga[r]|rempu[h]|tabra[k]|take[n] out|t ?bone[d]) (?:\w+ ){0,3}?by (?:a|an|the|some|one|this|that|another) (?:\w+ )?" + _VEHICLE + r"\b",
    r"\b(?:got|get|gets|was) (?:\w+ )?(?:langga[r]|rempu[h]|tabra[k])\b",
    # another's knee driven in, told bare after the tackle (session 22G): ", knee straight into my lower back"
    r"(?:,|\bwith|\bthen) (?:his |her |their |a )?(?:knee|elbow|boot|shoulde[r]|helme[t]|stud[s]) (?:straigh[t]|righ[t]|full|hard|smac[k])"
    r" (?:in|into|onto|on) (?:my|me|the) (?:lower |low |middl[e] |mid )?(?:back|spine|side|ribs|tailbone|coccyx|kidney[s])\b",
    # a slip, then the drop or the landing, told in Caribbean or West African English (session 23N): "she slip pon di wet step an
    # drop down hard pon her backside", "mi trip an fall dung pon mi back", "i slip for bathroom an land on my bum"
    r"\b(?:slip|slips|slippe[d]|trip|trips|trippe[d]|skid|skidde[d]|stumbl[e]|stumble[d]"
    # ... or a slide off a seat, then the landing (session 34T): "she slide off di chair an land pon she bottom"
    r"|slid[e]|slide[s]|slid) (?:\w+ ){0,8}?(?:and |an |n |, )?(?:(?:and |an |n )?(?:mi|i|me|she|he|we) )?(?:drop|drops|droppe[d]"
    r"|fall|fall[s]|fell|land|land[s]|lande[d]|come|came|went|crash|crashe[d]|buck|bucke[d]) (?:down |dun[g] )?(?:(?:hard|heavy|heavily|flat"
    r"|straight|right|smac[k]|bang|bad|badly) )?(?:on|onto|pon) (?:my|me|her|his|the|mi|di|she|him|i) (?:\w+ )?(?:back|backsid[e]|bum|butt"
    r"|bottom|behind|tailbon[e]|coccy[x]|arse|ass|spine|hip|side|rear end|batt[y]|bamba[m]|rump)\b",
    r"\b(?:drop|drops|droppe[d]|fall|fall[s]|fell|tumbl[e]|tumble[d]) (?:down|dun[g]) (?:hard|heavy|heavily|bad|badly|flat)\b",
    r"\b(?:fall|fall[s]|fell|tumbl[e]|tumble[d]) dun[g]\b",
    # slip and fall told in the present (not a fear of it: "scared i slip and fall", "if i slip and fall")
    r"(?<!\bif i )(?<!\bto )(?<!\bmight )(?<!\bmay )(?<!\bcould )(?<!\bwould )(?<!\bwill )(?<!\bll )(?<!\bdont )(?<!\bnot )"
    r"\b(?:slip|trip) (?:\w+ ){0,6}?(?:, )?(?:and|an|n)(?: (?:mi|i|me|she|he|we))? (?:fall|fall dow[n]|drop|tumbl[e])\b(?! (?:asleep|ill|sick|in love|apar[t]|behind)\b)",
    # a fall in a place told with "for", "inside" (Nigerian Pidgin, session 23N): "i fall for bathroom", "she fall inside gutter"
    r"\b(?:fall|fell|slip|slippe[d]) (?:down )?(?:for|inside|for inside) (?:the |di |de |one |my |our )?(?:bathroo[m]|toile[t]|groun[d]"
    r"|floo[r]|staircas[e]|stair[s]|step[s]|gutte[r]|road|okad[a]|compoun[d]|showe[r]|marke[t])\b",
    # a slip told in the present, then the landing (session 22G, plain English): "slip in bathroom, land on her backside very
    # hard", "she trip and land on her bottom"
    r"\b(?:slip|slips|trip|trips|fall|fall[s]) (?:\w+ ){0,6}?(?:, |and |n )?(?:land|land[s]) (?:\w+ ){0,2}?(?:on|onto) (?:my|me|her|his|the)"
    r" (?:\w+ )?(?:back|backsid[e]|bum|butt|bottom|behind|tailbon[e]|coccy[x]|arse|ass|spine|hip|side|rear end)\b",
    # a vehicle the patient sat in that hit something, then thrown (session 22G): "the bus hit a lorry and i was thrown against the
    # seat", "got flung into the seat in front"
    r"\b(?:was|got|been|were|am|is|get) (?:\w+ )?(?:throw[n]|flun[g]|hurle[d]|jolte[d]|slamme[d]|smashe[d]|catapulte[d]|launche[d])"
    r" (?:\w+ ){0,2}?(?:against|into|onto|across|over|forwar[d] into|forward[s] into) (?:the|a|my) (?:\w+ )?(?:seat|seat[s]|dashboar[d]|dash"
    r"|steerin[g] whee[l]|windscree[n]|door|pole|rail|railin[g]|floor|ground|wall|handlebar[s]|kerb|curb|road)\b",
    r"\bfell\b" + _FELL_EXCLUDE,
    # down all the same after a catch (session 19g): "grabbed the railing but went down anyway", "caught the door but still
    # ended up on the floor" (a catch alone is no fall: NOT_A_FALL)
    r"\b(?:but|and|then) (?:i )?(?:went down|went over|hit the (?:floo[r]|groun[d]|deck)|ended up on (?:the|my) (?:floo[r]|groun[d]|back|bum|arse|ass))"
    r"(?: \w+)? (?:anywa[y]s?|regardles[s]|after all|all the same)\b",
    r"\b(?:but|and|then) (?:i )?stil[l] (?:went down|went over|hit the (?:floo[r]|groun[d]|deck)|ended up on (?:the|my) (?:floo[r]|groun[d]|back"
    r"|bum|arse|ass))\b",
    # "went straight down on my tailbone", "the chair snapped under me"
    r"\b(?:went|came|go|going|gone|slammed|crashed|smashed|thudded) (?:\w+ ){0,2}?down (?:\w+ )?on (?:my|me|the) (?:\w+ )?(?:tailbone|coccyx|back|bum|arse"
    r"|backside|bottom|butt|spine|behind)\b",
    r"\b(?:chair|stool|ladder|bench|branch|step|deckchair|seat)s? (?:\w+ )?(?:snapped|broke|gave way|collapsed|gave out)"
    r" (?:\w+ ){0,2}?under me\b",
    r"\bfel (?=(?:down|off|from|over)\b)",
    r"\bfallen\b" + _FELL_EXCLUDE,
    # "went flat on my back on the road", "hit a pothole"
    r"\b(?:went|landed|ended up|thrown|flung) (?:\w+ )?flat on (?:my|me|the) (?:back|bum|arse|backside|face|side)\b",
    r"\bhit a (?:pothole|kerb|curb)\b",
    # over the front of the bike (session 33K): "went over the handlebars at a pothole", "flew over the bars of my ebike" (not
    # "leaned over the handlebars", "looked over the bars")
    r"\b(?:went|gone|go|goes|flew|fle[w]|flyin[g]|came|thrown|throw[n]|flun[g]|flippe[d]|catapulte[d]|launche[d]) (?:straigh[t] |righ[t] |clea[n] |head ?firs[t] )?"
    r"over (?:the|my|his|her|its) (?:\w+ )?(?:handlebar[s]|handl[e] bar[s]|bars|front of (?:the|my) (?:bik[e]|ebik[e]|scoote[r]|cycl[e]))\b",
    # a fall told by the street surface the body ended up on (session 30Z): "i ended up on the kerb", "next thing i was lying
    # on the road", "landed in the gutter", "found myself sprawled on the tarmac" (not the floor or the ground alone: "my back
    # went and i ended up on the floor" is the pain's, "lying on the floor" eases it; not "ended up on the road to recovery")
    r"(?:(?<=\bi )|(?<=\bwe )|(?<=\bim )|(?<=\bthen )|(?<=\band )|(?<=, ))(?:ended up|woun[d] up|landed|found myself|was lying|was layin[g]|was sprawle[d]"
    r"|was left lying|was flat) (?:\w+ ){0,3}?(?:on|in|onto|across) (?:the|a) (?:\w+ )?(?:kerb|curb|kerbston[e]|pavement|sidewal[k]|tarma[c]"
    r"|asphal[t]|gutte[r]|cobble[s]|road|roadsid[e]|stree[t]|cycle lan[e]|bike lan[e])\b(?! (?:to|trip|for|again|bik[e]|bike[s]|work[s]|tri[p]s)\b)"
    # ... lying there to wait or rest is no fall (session 31AG): "i was lying on the pavement waiting for the bus to come"
    r"(?! (?:\w+ ){0,2}?(?:waitin[g]|queuein[g]|queuin[g]|restin[g]|sunbathin[g]|stretchin[g]|to wait|to rest)\b(?!(?: \w+){0,4}? (?:ambulanc[e]|ambo|paramedic[s]|999|911|112)\b))",
    # a car door opened into a cyclist (session 30Z): "the driver opened his door right into me", "a car door swung open and i
    # went straight into it", "got doored" (not a door opened in front with no blow: "a car door opened but i swerved")
    r"\b(?:got|get|was|been|being) doore[d]\b",
    r"\b(?:opene[d]|flun[g]|swun[g]|threw|thre[w] open) (?:his|her|their|the|a|its) (?:\w+ )?doo[r] (?:open )?(?:right |straigh[t] )?(?:into|onto|on) (?:me|us|my (?:\w+ )?(?:bik[e]|bicycl[e]|scoote[r]|handlebar[s]|whee[l]))\b",
    r"\b(?:car|van|cab|tax[i]|lorr[y]|truc[k]|drive[r] s|driver[s]|passenge[r] s|passenge[r]) doo[r] (?:\w+ ){0,3}?(?:opene[d]|open|swun[g] open|fle[w] open"
    r"|flun[g] open)\b(?: \w+){0,8}? (?:i|and|then|so) (?:\w+ )?(?:hit|smashe[d] into|crashe[d] into|rode into|ran into|slamme[d] into|went into"
    r"|went straigh[t] into|went right into|pile[d] into) (?:it|the doo[r]|the edge|the car doo[r])\b",
    # pinned or crushed by an animal or a load (session 30Z): "the cow crushed me against the gate", "my horse pinned me to the
    # stable wall", "got trapped between a bullock and the fence", "was pinned under the quad bike", "took the full weight of
    # the horse on my back" (not a hug, a crowd, a nerve: "the nerve is trapped between the discs", "squeezed between two
    # people on the bus")
    r"\b(?:pinne[d]|crushe[d]|squashe[d]|squishe[d]|squeeze[d]|jamme[d]|wedge[d]|presse[d]|slamme[d]|trappe[d]|rammed|mashe[d]) (?:me|us)"
    r" (?:\w+ ){0,2}?(?:(?:up )?against|into|between|under|underneath|beneath) " + _HARD_SURFACE + r"\b",
    r"(?:(?<=\bi )|(?<=\bwe )|(?<=\bgot )|(?<=\bwas )|(?<=\bwere )|(?<=\bbeen )|(?<=\bim )|(?<=\bget ))(?:\w+ )?(?:pinne[d]|crushe[d]|squashe[d]"
    r"|squishe[d]|jamme[d]|wedge[d]|trappe[d]|sandwiche[d]) (?:\w+ ){0,2}?(?:(?:up )?against|between|under|underneath|beneath)"
    r" (?:\w+ ){0,4}?" + _HARD_SURFACE + r"\b",
    r"\b(?:full|whole|entire) weigh[t] of (?:the|a|an|my|his|her|that|our) (?:\w+ )?" + _BEAST + r"\b",
    r"\b" + _BEAST + r"\b(?: \w+){0,8}? (?:her|his|its|their) (?:full|whole|entire) weigh[t] (?:on|onto|into|against|agains[t]) (?:me|my)\b",
    # thrown down by a wave, a horse, a bull: "it picked me up n dumped me flat on my back on the sand"
    r"\b(?:dumped|slammed|threw|thrown|flung|chucked|smashed|spat) (?:me|us)"
    r" (?:\w+ ){0,2}?(?:(?:flat|straight|right|hard) )?(?:on|onto|into|down on) (?:(?:my|me) (?:\w+ )?(?:back|bum|arse|backside"
    r"|tailbone|coccyx|spine|head|neck|side|behind|bottom)|the (?:\w+ )?(?:sand|ground|floor|rocks?|deck|pavement))\b",
    r"\bfalled\b",
    r"\b(?:a|the|my|bad|nasty|hard|heavy|big|serious|that|awkward|small|little|heavy) fall\b"
    r"(?! (?:asleep|apart|season|semester|term|in love|behind|out|in (?:blood|temperature)))",
    r"\bfall(?:s|ing)? (?:down|off|from(?! \d+ (?:\w+ )?to \d)|over|on my|onto|of (?:the|a))\b",
    r"\b(?:took|had|take) a (?:\w+ )?tumble\b|\btumbled\b",
    r"\b(?:tripped|slipped|stumbled|slid) (?!(?:a |my |the )?dis[ck]s?\b)(?:\w+ ){0,2}?(?:and|on|over|down|off|while|in|at|from)\b",
    r"\b(?:car|road|traffic|bike|bicycle|cycling|motorbike|motorcycle|scooter|ski|skiing|sports?|work"
    r"|workplace|riding|horse|snowboard\w*|rugby|football) (?:accident|crash|collision|smash)\b",
    r"\b(?:accident|acident|accidnet|accedent|accsident|accidant|accidend)\b",
    r"\b(?:crash|crashed|collision|collided|rear ended|rearended|run over|ran over me|tackled"
    r"|whiplash|punched|assaulted|beaten up|car crash)\b(?! diet)",
    r"\b(?:was|got|been|were|being|get) (?:\w+ )?(?:hit|struck|knocked|run over|kicked|punched|pushed" + _PUSH_TO_DO_41A
    + r"|thrown|tackled)\b(?! by (?:\w+ ){0,3}?(?:pain|wave|cramp|spasm|twinge)\b)",
    r"\bknocked (?:down|over|off)\b",
    # knocked over, reversed into (session 25Z): "some lad backed into me in the car park, knocked me over", "a van reversed
    # into us" (the patient struck: STRUCK_OWN)
    r"\bknocke[d] (?:me|us) (?:over|down|flyin[g]|off (?:my|me) (?:feet|bike))\b",
    r"\b(?:reverse[d]|backe[d]|reversin[g]|backin[g]) (?:\w+ )?(?:into|in to) (?:me|us|my car|our car|the back of (?:me|us|my|our))\b",
    # down the stairs onto the back: "went down the stairs on my back", "came down half the steps on my bum"
    r"\b(?:went|came|go|goes|goin[g]|gone|tumble[d]|slid|bounce[d]|bumpe[d]|slippe[d]|fell) (?:all the way |righ[t] )?down (?:\w+ ){0,4}?"
    r"(?:stair[s]|step[s]|staircas[e]|fligh[t])\b(?: \w+){0,2}? (?:on|onto) my (?:\w+ )?(?:back|bum|butt|backsid[e]|arse|ass|tailbon[e]|coccy[x]"
    r"|side|botto[m])\b",
    # a count of steps, then the landing (session 16c): "slid 5 or 6 steps on my tailbone"
    r"\b(?:went|came|tumble[d]|slid|bounce[d]|bumpe[d]|slippe[d]|fell|rattle[d]|skidde[d]) (?:\w+ ){0,4}?(?:stair[s]|step[s])"
    r" (?:down )?(?:on|onto) my (?:\w+ )?(?:back|bum|butt|backsid[e]|arse|ass|tailbon[e]|coccy[x]|botto[m])\b",
    # rear-ended: "someone went into the back of me at the lights", "a van drove into the back of my car" (not the pain that
    # "goes into the back of my thigh": a limb after it, session 45, the lead, blind street patient blind45-en-05)
    r"\b(?:went|drov[e]|drive[n]|ran|ploughe[d]|plowe[d]|smashe[d]|slamme[d]|crashe[d]|bumpe[d]|pile[d]|ramme[d]|hit|plough[s]|goes|drive[s])"
    r" (?:righ[t] |straigh[t] |full |smac[k] )?(?:in|into) the back of (?:me|us|my|our|the car|the van)\b"
    r"(?! (?:\w+ )?(?:thigh|thighs|leg|legs|knee|knees|calf|calves|hamstring[s]?|heel|heel[s]|foot|feet|ankle|ankles|head|neck)\b)",
    r"\b(?:hit|ramme[d]|shunte[d]|smashe[d] into|crashe[d] into|bumpe[d] into) (?:me|us|my car|our car) from behin[d]\b",
    # shunted or hit from behind, told without the object, or "up the back of" (session 21d, refresh 29): "got shunted from
    # behind at the lights", "was shunted by a van", "a van went up the back of me" (not "the van was parked behind me", not
    # "shunted to another ward")
    r"\b(?:got|get|gets|was|been|were|getting|being) (?:\w+ )?(?:shunte[d]|rear ende[d]|ramme[d]|hit|smashe[d]|bumpe[d]|clippe[d]"
    r"|struc[k]|slamme[d]) (?:\w+ ){0,2}?(?:from behin[d]|from the bac[k]|from the rea[r]|up the bac[k]|up the rea[r])\b",
    r"\bshunte[d] (?:\w+ ){0,2}?(?:by|at) (?:a|an|the|some) (?:\w+ )?(?:car|van|truc[k]|lorr[y]|bus|taxi|cab|drive[r]|idio[t]|light[s]"
    r"|traffic light[s]|junctio[n]|roundabou[t]|motorwa[y])\b",
    r"\b(?:went|drov[e]|drive[n]|ran|ploughe[d]|plowe[d]|smashe[d]|slamme[d]|crashe[d]|came|pile[d]|goes|drive[s]|ramme[d])"
    r" (?:righ[t] |straigh[t] |full |smac[k] )?up the (?:back|rear|arse|ass|bum|backside) of (?:me|us|(?:my|our|the) (?:\w+ )?"
    r"(?:car|van|cab|taxi|truc[k]|lorr[y]|bus|motorbike|scooter|vehicl[e]|jeep|suv|ute|wago[n]|picku[p]))\b",
    # a vehicle into the back or side of one's own, in any tense (session 20a): "a maxi taxi slam into the back of my car", "a
    # bus ploughed into the side of our van", "t boned" (not "slammed the car door")
    r"\b(?:slam|slams|slamme[d]|ram|rams|ramme[d]|crash|crashe[s]|crashe[d]|smash|smashe[s]|smashe[d]|ploug[h]|plough[s]|ploughe[d]"
    r"|plow|plow[s]|plowe[d]|bang|bang[s]|bange[d]|drov[e]|drive[s]|ran|barrel\w*|careen\w*) (?:righ[t] |straigh[t] |full |smac[k] )?"
    r"(?:in|into) the (?:back|rear|side|front|passenge[r] side|driver[s] side|drive[r] side) of (?:me|us|(?:my|our|the|a|an) (?:\w+ )?"
    r"(?:car|cars|van|cab|taxi|truc[k]|lorr[y]|bus|motorbike|scooter|vehicl[e]|jeep|suv|ute|wago[n]|picku[p]))\b",
    r"\bt ?bone[d]\b",
    # a vehicle run into the patient's own, told with a plain verb and the car as what was struck (session 28I, the red-flag
    # twin of answers 28D): "a lorry smashed my car at the junction", "some bloke pranged our van", "a bus banged our car
    # from the side", "a coach smacked into our car", "a 4x4 rammed us", "my van got smashed by a lorry" (not "slammed the car
    # door", "the traffic jammed my car in", "i rammed the box into the shelf"; a relative's car: _someone_else; a car hit
    # with no one in it: NOT_ABOARD)
    r"(?<!\bi )(?<!\bwe )(?<!\bi just )\b(?:smashe[d]|slamme[d]|bumpe[d]|clippe[d]|hit|ramme[d]|bashe[d]|bange[d]|prange[d]|side ?swipe[d]"
    r"|shunte[d]|wrecke[d]|jamme[d]|knocke[d]|totalle[d]|rear ende[d]|smacke[d]|whacke[d]|wallope[d]|thumpe[d]|ploughe[d]|plowe[d]"
    r"|pile[d]|crashe[d]|barrelle[d]|careere[d]|cannone[d]|smas[h]|slam|bas[h]|ram|ban[g]|knoc[k]|jam)(?: (?:righ[t] |straigh[t] |full |head on )?"
    r"(?:into|in to))? (?:the (?:back|side|front|rear) of )?(?:my|our|me|us)(?: (?:own|new|old|little|poor|parke[d]|hire|renta[l]|work|compan[y]|famil[y]))? (?:car|cars|moto[r]|vehicl[e]|van|taxi|cab|kek[e]|motorbike|okad[a]|scooter|jeep|suv|ute|truc[k]|picku[p]|wago[n]|hatchbac[k]|saloo[n]|estat[e])\b(?! (?:door|door[s]|key[s]|boot|trun[k]|roof"
    r"|seat|seat[s]|mirro[r]|windo[w]|windo[w]s|windscree[n]|bonne[t]|hood|tyr[e]|tyre[s]|tir[e]|tire[s]|whee[l]|whee[l]s|horn|radi[o]|in|up in)\b)",
    r"(?<!\bi )(?<!\bwe )\b(?:car|van|lorr[y]|truc[k]|bus|coac[h]|taxi|cab|motorbike|scooter|4x4|jeep|suv|ute|drive[r]|kek[e]|okad[a]|danf[o]|traile[r]"
    r"|tippe[r]|tanke[r]|arti[c]|hgv) (?:\w+ ){0,2}?(?:smashe[d]|slamme[d]|bashe[d]|bange[d]|prange[d]|shunte[d]|ramme[d]|jamme[d]|wallope[d]"
    r"|smacke[d]|side ?swipe[d]|clippe[d]|bumpe[d]|smas[h]|bas[h]|ram|jam) (?:me|us)\b",
    r"\b(?:my|our|me) (?:(?:own|new|old|little|poor|hire|renta[l]|work|compan[y]|famil[y]) )?(?:car|cars|moto[r]|vehicl[e]|van|taxi|cab|kek[e]|motorbike|okad[a]|scooter|jeep|suv|ute|truc[k]|picku[p]|wago[n]|hatchbac[k]|saloo[n]|estat[e]) (?:\w+ ){0,2}?(?:got|was|were|been|get|gets|gettin[g]) (?:\w+ )?(?:smashe[d]|shunte[d]|ramme[d]|bashe[d]"
    r"|prange[d]|clippe[d]|side ?swipe[d]|wrecke[d]|totalle[d]|rear ende[d]|bumpe[d]|writte[n] off|t ?bone[d]|smacke[d]|jamme[d](?! (?:in|up)\b))\b",
    r"(?<!baby )(?<!babys )(?<!bump )\b(?:kicked|shoved|rammed|trampled|butted|headbutted) me\b(?! in the (?:ribs|bladder|belly|tummy))",
    r"\bhit (?:my|the) (?:back|head|spine|tailbone|coccyx|bum|butt|side|hip|lower back)\b",
    # a thing that struck the back: "the fork slammed into my lower back", "hit me in the back"
    r"(?<!pain )(?<!spasm )\b(?:slammed|smashed|crashed|banged"
    r"|rammed|whacked|smacked|thumped|struck|swung|bashed|walloped) (?:right |straight |hard |full )?(?:into|against"
    r"|onto|on|across) my (?:\w+ )?(?:back|spine|tailbone|coccyx|bum|backside)\b",
    r"(?<!pain )(?<!spasm )\b(?:hit|struck|whacked|smacked) me (?:right |hard |full )?"
    r"(?:in|on|across) the (?:\w+ )?(?:back|spine|tailbone|coccyx|small of my back)\b",
    r"\bblow (?:to|on|against) (?:my|the)\b",
    # the back landed on something (session 21c): "landed with my lower back on a guy's knee", "landed back first on the kerb"
    r"\blanded (?:with|on) (?:my|me) (?:lower |low |middl[e] |mid )?(?:back|bum|butt|tailbone|coccyx|bottom|spine|backside|arse|ass)\b"
    r"(?: \w+){0,2}? (?:on|onto|against) (?:the|a|an|some|his|her|their|my|me|this|that)\b",
    r"\blanded (?:back|bum|butt|arse|ass|tailbone|spine) firs[t]\b",
    r"\blanded (?:\w+ ){0,2}?(?:on|onto) (?:my|me|the) (?:back|bum|butt|tailbone|coccyx|bottom|side|hip|spine|lower back"
    r"|behind|ass|arse|backside)\b",
    # (the seat in other words, session 21f: "landed on my rear end")
    r"\blanded (?:\w+ ){0,2}?(?:on|onto) (?:my|me) (?:rear end|rea[r]|posterio[r]|derrier[e]|tush|keiste[r]|rump)\b",
    # ... told in the bare form, after a slide off a seat (session 32AX): "then i slide off the stool and land on my backside"
    r"\b(?:slid[e]|slide[s]|sli[d]|sli[p]|slip[s]|slippe[d]|fal[l]|fall[s]|fel[l]|tumbl[e]|tumble[s]|tumble[d]|toppl[e]|topple[d]) of[f] (?:my |me |a |an |th[e] |hi[s] |he[r] |ou[r] )?"
    r"(?:\w+ ){0,3}?(?:chai[r]|stoo[l]|benc[h]|sof[a]|couc[h]|sette[e]|sea[t]|be[d]|hors[e]|pon[y])\b(?: \w+){0,8}? (?:an[d] )?(?:lan[d]|land[s]|landin[g]|com[e] dow[n]|come[s] dow[n])"
    r" (?:\w+ )?(?:on|ont[o]) (?:my|me|th[e]|he[r]|hi[s]) (?:\w+ )?(?:bac[k]|bu[m]|but[t]|tailbon[e]|coccy[x]|botto[m]|behin[d]|backsid[e]|rea[r]|rea[r] en[d]|ars[e]|as[s]|hi[p]|sid[e])\b",
    r"\b(?:came|come|thrown|fell|flew) off (?:my |a |the |his |her )?(?:bike|horse|motorbike|scooter"
    r"|ladder|roof|chair|bicycle|skateboard|trampoline|wall)\b",
    # ... a word before the thing, or another thing (session 27K): "came off a 2 metre ladder", "came off the top of the
    # scaffolding", "come off me mountain bike", "got thrown off the quad" (not "came off my meds", "came off the phone")
    r"\b(?:came|come|comin[g]|thrown|throw[n]|fell|flew|bucke[d]) off (?:my |me |a |an |the |his |her |our )?(?:\w+ ){0,4}?"
    r"(?:ladde[r]|stepladde[r]|step ladde[r]|roo[f]|scaffol[d]|scaffoldin[g]|bik[e]|push bike|pushbik[e]|mountai[n] bik[e]|ebik[e]"
    r"|motorbik[e]|motorcycl[e]|mope[d]|scoote[r]|quad|quad bik[e]|hors[e]|pon[y]|bul[l]|skateboar[d]|snowboar[d]|surfboar[d]|trampolin[e]"
    r"|tree|fenc[e]|truc[k]|ute|traile[r]|lorr[y]|platfor[m]|ledg[e]|loft|stool|bunk)\b(?! (?:meds|medicatio[n]|tablet[s]|pill[s])\b)",
    r"\btrauma\b",
    # "took a massive tackle", "had a knock", "a knee in my back at football"
    r"\b(?:took|take|had|got|get|gotten) (?:a |an )?(?:\w+ ){0,2}?(?:tackle|blow|knock|whack)\b"
    r"(?! (?:out of|(?:at|on) (?:the |my )?door)\b)",
    # another player's knee or elbow (session 20a, twin of the Dutch "de knie van zon gast vol in mn onderrug"): "got the knee
    # of some lad right in my lower back", "a guy kneed me in the lower back" (not "the pain goes from my knee to my back")
    r"\b(?:the|a) (?:knee|elbow|boot|shoulde[r]|hea[d]) of (?:a|an|some|another|the other|that|this|one) (?:\w+ ){0,2}?"
    r"(?:righ[t] |straigh[t] |full |smac[k] |hard )?(?:in|into|on|to) (?:my|me|the) (?:lower |low )?(?:back|spine|side|ribs|tailbone"
    r"|coccyx|kidney[s])\b",
    r"\b(?:knee[d]|elbowe[d]|shouldere[d]|headbutte[d]) (?:me|us)\b(?: \w+){0,2}? (?:in|into|on) (?:my|me|the) (?:\w+ )?(?:back|spine"
    r"|side|ribs|kidney[s]|tailbone|coccyx)\b",
    r"\b(?:a|an|the) (?:\w+ )?(?:knee|elbow|kick|boot|blow|whack|punch|knock|hit) (?:in|to|into|on)"
    r" (?:my|the) (?:lower |low )?(?:back|spine|side|ribs|bum|butt|tailbone|coccyx)\b",
    # someone's knee driven into the back (session 18c): "big unit drove his knee straight into me lower back", "a knee
    # right in me back" ("me" for "my"; not "the pain goes from my knee into my back": a knee of the patient's is no blow)
    r"\b(?:a|an|his|her|their|some|someone[s]|somebod[y]s) (?:\w+ )?(?:knee|boot|shoulde[r]|helme[t]|stud[s]) (?:straigh[t] |right |full |hard |smac[k] )?"
    r"(?:in|to|into|onto|on) (?:my|me|the) (?:lower |low |middl[e] |mid )?(?:back|spine|side|ribs|bum|butt|tailbone|coccyx)\b"
    r"(?! (?:seat|door|garde[n]|yard|step|whee[l])s?\b)",
    r"\bmiss(?:ed|ing)? (?:a |the |one )?(?:last |bottom |top )?(?:steps?|stairs?)(?: \w+){0,2}? (?:and (?:fell|went"
    r"|landed|came|hit|slipped)|going down|coming down|down the stairs?)\b|\bmiss(?:ed|ing)? the (?:last|bottom|top)"
    r" (?:steps?|stairs?)\b",
    # a step or the footing missed, then sat down hard (session 34T): "missed a step on the porch and sat down hard", "missed my
    # footing on the stairs and sat down heavily on my bottom", Caribbean "she miss di step an sit down hard hard" (not "sat down
    # hard on the sofa": no step missed; not "nearly missed the step")
    r"(?<!\bnearl[y] )(?<!\balmos[t] )\bmiss(?:ed|ing|es)? (?:\w+ ){0,4}?(?:steps?|stairs?|trea[d]|footin[g]|ker[b]|cur[b])\b(?: \S+){0,6}?"
    r" (?:sat|sit|sit[s]|sittin[g]|plonke[d]|plon[k]|ploppe[d]|plumpe[d]|droppe[d]|dro[p]|cam[e]|com[e]) (?:(?:right|straight) )?down"
    r" (?:hard|heav[y]|heavil[y]|smac[k]|ban[g]|with a (?:thum[p]|bum[p]|ban[g]|thu[d]|wallo[p]))\b",
    # ... then where one ended up, a comma or words between (session 42T): "i missed the last step and ended up on my side",
    # "missed a step, found myself on the floor on my hip" (not "nearly missed the step"; "sleep on my side" names no landing)
    r"(?<!\bnearl[y] )(?<!\balmos[t] )\bmiss(?:ed|ing|es)? (?:\w+ ){0,4}?(?:steps?|stairs?|trea[d]|footin[g])\b(?: \S+){0,6}?"
    r" (?:ended up|end up|woun[d] up|landed|land|found myself|was lying|was flat|went flat) (?:\w+ ){0,4}?(?:on|onto) (?:my|me|mi)"
    r" (?:\w+ )?(?:back|side|hip|front|face|bum|butt|backside|bottom|tailbone|coccyx|arse|ass|knees)\b",
    # steps missed, then the landing on the back (session 17a): "missed the last couple of steps and bam, flat on my back"
    r"\bmiss(?:ed|ing)? (?:\w+ ){0,4}?(?:steps?|stairs?)\b(?: \S+){0,5}? (?:on|onto) (?:my|me) (?:\w+ )?(?:back|bum|butt|backside"
    r"|tailbone|coccyx|arse|ass)\b",
    # the rest of the stairs gone down on the seat (session 17e): "went down the rest on my tailbone", "bumped down the whole
    # flight on my bum"
    r"\b(?:went|came|slid|bumpe[d]|bounce[d]|tumbled|fell|slipped|skidde[d]) (?:all the way )?down (?:the rest|the whole (?:\w+ )?(?:fligh[t]|stairs?"
    r"|staircas[e]|way)|all the (?:stair[s]|step[s])|every step)\b(?: of (?:the )?(?:\w+ )?(?:stair[s]|step[s]|fligh[t]))?(?: \w+){0,2}? on (?:my|me) (?:\w+ )?"
    r"(?:back|bum|butt|backside|tailbone|coccyx|arse|ass|bottom)\b",
    r"\bwent down (?:hard|heavily)\b",
    # landed on the edge of a step (session 16b): "landed smack on the edge of a step", "came down on the corner of the stair"
    r"\b(?:landed|came down|come down|went down|fell) (?:\w+ ){0,2}?(?:on|onto|against) (?:the )?(?:edge|corne[r]|lip|nose) of (?:a|the|my)"
    r" (?:\w+ )?(?:step[s]?|stai[r]s?|kerb|curb|bath|bathtu[b])\b",
    # hurt in a tackle, players landing on top (session 16d): "got smashed in a tackle, two lads landed on top of me"
    r"\b(?:smashe[d]|hurt|injure[d]|flattene[d]|wiped out|caugh[t]|hit|crunche[d]|clattere[d]|clobbere[d]|wrecke[d]|done|floore[d])"
    r" (?:\w+ )?(?:in|during|by) (?:a|the|that) (?:\w+ )?(?:tackle|scru[m]|ruc[k]|maul|challeng[e])\b",
    # taken out in a tackle (session 18c): "got cleaned up in a tackle at footy", "got taken out in a ruck", "cleaned out
    # by a late challenge"
    r"\b(?:cleane[d]|take[n]|took|clippe[d]|bowle[d]|sandwiche[d]) (?:right )?(?:up|out|over) (?:\w+ )?(?:in|during|by) (?:a|the|that|some) (?:\w+ ){0,2}?"
    r"(?:tackl[e]|scru[m]|ruc[k]|maul|challeng[e]|shoulde[r] char[g]e)\b",
    r"(?<!dog )(?<!cat )(?<!dogs )(?<!cats )(?<!pupp[y] )(?<!kitte[n] )\b(?:landed|fell|came down|pile[d]|crashed|dive[d]) (?:right |straight |full )?(?:on top of|onto) me\b",
    # a fall told in slang (session 19j): "came a cropper on the cellar stairs", "went arse over tit down the stairs", "went
    # flying on the ice", "stacked it on the stairs" (not "head over heels in love", "went flying down the stairs to get the
    # door": a rush; "wiped out in the garden": tired)
    r"\b(?:came|come|comes|coming) a (?:\w+ )?croppe[r]\b",
    r"\b(?:went|go|goes|going|gone|sent|fell) (?:\w+ )?(?:arse|ass|head|bum|base|butt|tit|tits|arse end) over (?:tit|tits|elbo[w]|teakettl[e]"
    r"|tea kettl[e]|heel[s]|ape[x]|head|kettl[e])\b(?! (?:in love|for|about|with)\b)",
    # (session 24U: the subject left out at the start of a clause, Geordie "alreet, went flying on the ice"; down the stairs
    # too, not when a purpose follows: "i went flying down the stairs to get the door")
    r"\b(?:(?:^|, |and |then |just |so )(?:(?:literall[y]|totally|proper|properly|just|then|also) )?went flyin[g]) down (?:the |our |some |a |them )?(?:\w+ )?(?:stairs?|steps?|stai[r]cas[e])\b"
    r"(?!(?: \w+){0,3}? (?:to|for|because|cos|when|as)\b)",
    r"\b(?:i (?:\w+ )?went) flyin[g] down (?:the |our |some |a |them )?(?:\w+ )?(?:stairs?|steps?|stai[r]cas[e])\b"
    r"(?!(?: \w+){0,3}? (?:to|for|because|cos|when|as)\b)",
    r"\b(?:(?:^|, |and |then |just |so )(?:(?:literall[y]|totally|proper|properly|just|then|also) )?went|i (?:\w+ )?(?:went|go|was sent)|sent me|me goin[g]) flyin[g] (?:\w+ ){0,2}?(?:on|off|over|across) (?:the |my |a |some |our |that "
    r"|this )?(?:\w+ )?(?:ice|stairs?|steps?|pavemen[t]|floor|path|bike|kerb|curb|tile[s]|drivewa[y]|road|ladder|pati[o]|deckin[g]|mud"
    r"|skateboar[d]|scooter|slop[e]|handlebar[s])\b",
    # (a thing stacked on the floor is no fall: the surfaces one falls on, or down the stairs)
    r"\b(?:stacke[d]|stackin[g]|wipe[d] out|wipin[g] out|ate it|ate shi[t]|ate dir[t]|ate concret[e]) (?:\w+ ){0,2}?(?:(?:on|off|over)"
    r" (?:the |my |a |some |that |this )?(?:\w+ )?(?:ice|bike|kerb|curb|mud|skateboar[d]|scooter|skis?|snowboar[d]|trampolin[e]|ladder"
    r"|blac[k] ice)|down (?:the |our |some |a )?(?:\w+ )?(?:stairs?|steps?|stai[r]cas[e]))\b",
    # a fall in Northern and street words (session 25M2): "went over on the ice", "she went over on the wet tiles" (not "went
    # over on my ankle": a twist; not "went over the figures"), "went over backwards"
    r"\b(?:went|go|goes|gone|going|goin[g]) (?:clea[n] |right |straight )?over (?:on|in) (?:the |some |a |that |this |them |our |their )?(?:\w+ )?"
    r"(?:ice|kerb|curb|pavemen[t]|path|footpat[h]|floor|snow|fros[t]|mud|steps?|stairs?|tile[s]|leave[s]|gras[s]|cobble[s]|road|drivewa[y]"
    r"|pati[o]|deckin[g]|slus[h]|puddl[e])\b",
    r"\b(?:went|go|goes|gone|going|goin[g]) (?:clea[n] |right |straight )?over (?:backward[s]|sideway[s]|forward[s])\b",
    # ... "went flying" told alone, a count or the clause's end after it (session 25M2): "stubbed my toe on the step and went
    # flying", "she went flying twice" (not "my phone went flying", "went flying down the stairs to get the door")
    r"\b(?:(?:^|, |and |an |n |then |just |so )(?:(?:literall[y]|totally|proper|properly|just|then|also) )?went|i (?:\w+ )?went"
    r"|(?:he|she) (?:\w+ )?went) flyin[g](?= ,| \.|$| (?:twice|again|(?:\d+|two|three|four|a few|a coupl[e] of|coupl[e] of) times"
    r"|backward[s]|forward[s]|headfirs[t]|head firs[t]|face firs[t]|and (?:landed|hit|smacked|banged|cracke[d]|whacked))\b)",
    # a face plant (session 25M2): "face planted the pavement", "did a faceplant on the ice" (not into the bed or the pillow)
    r"\bface ?plan[t](?:e[d]|in[g]|s)?\b(?! (?:on|onto|into|in) (?:the |my |me )?(?:be[d]|pillo[w]\w*|sof[a]|couc[h]|sette[e]|keyboar[d]|des[k]|cak[e]|foo[d]"
    r"|plat[e])\b)",
    # landed or came down with a thump (session 25M2): "came down with a right thump on the path", "hit the deck with a wallop"
    # (not "came back down to earth with a bump")
    r"\b(?:came|come|comin[g]|went|landed|land|landin[g]|hit the (?:ground|floor|deck)) (?:down )?(?!(?:\w+ ){0,2}?to eart[h]\b)"
    r"(?:\w+ ){0,4}?with (?:a |an |one )?(?:(?:right|proper|almight[y]|might[y]|real|big|hell of a|heck of a|heavy|hard|loud|massiv[e]) )*"
    r"(?:thum[p]|thu[d]|bump|wallo[p]|whack|bang|smac[k]|clatte[r])\b",
    # the back struck on something (session 26, lead): "banged my back on the door frame", "bashed my lower back off the
    # bannister", "bumped my back against the table edge" (a blow: trauma)
    r"\b(?:bange[d]|bashe[d]|smacke[d]|whacke[d]|knocke[d]|bumpe[d]|slamme[d]|smashe[d]|thumpe[d]|jarre[d]|hit) (?:my|me|the) (?:lower |low |middl[e] "
    r"|mid )?(?:back|spine|tailbone|coccyx) (?:\w+ ){0,2}?(?:on|off|against|into|onto) (?:the|a|an|my|our|some|that|this|his|her"
    r"|their)\b",
)

#: a leg part whose strength is measured (not a machine at the gym: "leg press", "leg day")
_LEG_PART = (r"(?:(?:left |right )?(?:leg|legs|foot|feet|ankle|ankles|knee|knees|calf|calves|thigh|thighs|toes?|big toe|hip"
             r"|hips)(?! (?:press\w*|machines?|curls?|extensions?|day|workouts?|weights?)\b))")
_STRENGTH_UNIT = r"(?:kilos?|kgs?|kilograms?|lbs?|pounds?|newtons?)"
#: a strength lost long ago or told back since (session 34Y): "i lost strength in my leg last year but its fine now"
_BACK_SINCE = (r"(?!(?: \S+){0,6}? (?:but|now|and) (?:\w+ ){0,3}?(?:fine|ok|okay|better|normal|recovere[d]|back)\b)"
               r"(?!(?: \S+){0,3}? (?:last year|years ago|(?:a |one |\d+ |two |three |several |many )(?:years?|months?) ago)\b)")
#: a leg or foot getting weaker, foot drop (English-shaped patterns)
WORSENING_PATTERNS = (
    # the ability named first, then no more: "on tiptoe on the left, i cant anymore", "standing on my toes, cant manage it
    # now", "on my heels, cant walk on them anymore" (not feeling them: "on my toes, cant feel them anymore" is numbness)
    r"\b(?:tiptoes?|tip toes?|on (?:my |the )?(?:toes|heel[s]))\b(?: \w+){0,4}? , (?:i )?(?:cant|can not|canno[t]|couldn[t]|can t)"
    r"(?: (?!fee[l]\b)\w+){0,3}? (?:anymor[e]|any more|no more|now)\b",
    # losing strength: "im losing strength in my right leg", "my leg is losing power"
    r"\b(?:losing|loses) (?:all |some |the |my )?(?:strength|power) (?:in|from) (?:my |the )?(?:left |right )?(?:leg|legs|foot|feet)\b",
    r"\b(?:leg|legs|foot|feet) (?:is |are |keeps |keep )?(?:losing|loses) (?:its |their |all |some )?(?:strength|power)\b",
    r"\bstrength in (?:my |the )?(?:left |right )?(?:leg|legs|foot|feet) (?:is |keeps )?(?:going down|dropping|fading|decreasing)\b",
    # one leg or foot going powerless, its strength lost or none left (session 34Y): "my left leg is going powerless", "my
    # foot has gone weak", "my leg has lost its strength", "no power left in my right foot", "my leg has no strength anymore"
    # (a state alone, "my leg is weak", tells no course; "weak at the knees" is a feeling)
    r"\b(?:leg|foot)\b(?: (?!(?:and|but|i|im|not|isnt|never|no|hasnt|havent|didnt|doesnt|dont|wasnt)\b)\w+){0,2}? (?:is |s |has |have |ve )?(?:going|getting|gets|got|gone"
    r"|become|becoming|became|becomes|turning|turned|went|goes) (?:all |completely |totally |really |very |so |quite |a bit |kind of |sort of )?"
    r"(?:powerless|strengthless|weak|limp|without (?:any )?(?:strength|power))\b(?! at the knees)",
    r"\b(?:leg|foot)\b(?: (?!(?:and|but|i|im|not|isnt|never|no|hasnt|havent|didnt|doesnt|dont|wasnt)\b)\w+){0,2}? (?:has |have |s |ve |had )?lost (?:all |most |much |a lot |some )?"
    r"(?:of )?(?:its |the |my |her |his )?(?:strength|power)\b" + _BACK_SINCE,
    r"\blost (?:all |most |much |a lot |some )?(?:of )?(?:the |my )?(?:strength|power) (?:in|from|of) (?:my |the )?(?:left |right )?(?:leg|foot)\b"
    + _BACK_SINCE,
    r"\b(?:no more|not any more|not much) (?:strength|power) (?:left )?(?:in|of) (?:my |the )?(?:left |right )?(?:leg|foot)\b",
    r"\bno (?:strength|power) (?:left|anymore|any more) (?:at all )?(?:in|of) (?:my |the )?(?:left |right )?(?:leg|foot)\b",
    r"\b(?:leg|foot)\b(?: (?!(?:and|but|i|im)\b)\w+){0,2}? (?:has|have|s|got|has got|hasnt got|doesnt have|dont have) (?:no more|no|any) "
    r"(?:strength|power) (?:left|anymore|any more)\b",
    r"\b(?:leg|foot)\b(?: (?!(?:and|but|i|im)\b)\w+){0,2}? (?:has|have|s|got|has got) no more (?:strength|power)\b",
    # foot drop as the patient notices it: the foot drags, slaps, flops, catches, hangs
    r"\b(?:foot|feet|leg|toes?)(?P<gap>(?: \w+){0,2}?) (?:drags?|dragging|dragged|slaps?|slapping|slapped"
    r"|trails?|trailing|hangs|flops?|flopping|flopped|floppy|flaps?|flapping|flapped|lag(?:s|ging)?"
    r"|catch|catches|catching|scuffs?|scuffing"
    r"|drops? (?:down|when|as)|dropping)\b",
    r"\b(?:foot|feet) (?:\w+ ){0,2}?(?:hits|slams|smacks) (?:\w+ ){0,2}?(?:ground|floor) flat\b",
    r"\b(?:scrap\w*|scuff\w*|drag\w*|catch\w*) (?:my |the )?(?:left |right |big )?(?:toes?|foot|feet)"
    r"(?: \w+){0,3}? (?:on|over) (?:the )?(?:ground|floor)\b",
    r"\b(?:drag\w*|trail\w*) (?:my |the )?(?:left |right |own )?(?:foot|feet|leg|legs|toes)\b",
    r"\bfoot ?drop\b|\bdrop ?foot\b|\bdropfoot\b",
    # caught, day after day (session 21f): "monday my foot caught on the doormat, yesterday on the kerb"
    r"\b(?:(?:foot|feet|toes?) (?:\w+ )?caugh[t]|caugh[t] (?:my |me )?(?:\w+ )?(?:foot|feet|toes?)) (?:on|in|against) (?:\w+ ){0,3}?\w+ , "
    r"(?:and )?(?:yesterday|today|\w+day|then|now) (?:again |too )?(?:on|in|against)\b",
    # what the foot does, told with its worsening: "my feet point funny when I walk and it's getting worse"
    r"\b(?:foot|feet) (?:\w+ ){0,2}?(?:points?|pointing|pointed|turns?|turning|goes|going) (?:\w+ ){0,2}?(?:odd|funny"
    r"|weird|wrong|strange)\w*\b(?: \w+){0,10}? {WORSE}\b",
    # the foot no longer pushes off (calf weakness): "my foot won't push off when I walk"
    r"\b(?:foot|feet) (?:\w+ )?(?:cant|wont|doesnt|dont|cannot|will not|does not) (?:\w+ )?push (?:off|me off)\b",
    r"\b{LEGWORD} (?:\w+ ){0,3}?(?:gives?|gave|giving|given) (?:way|out)\b",
    r"\b{LEGWORD} (?:\w+ ){0,3}?(?:buckl\w*|collaps\w*)\b",
    r"\b{LEGWORD} (?:\w+ ){0,3}?(?:(?:gave|give|give[s]|giving|given) up on me|(?:let|lets|lettin[g]) me down|(?:folded|folds|fold|crumple[d]"
    r"|crumple[s]) (?:up )?(?:under|beneath) me)\b",
    # sagging, sinking, caving, giving under the patient (session 35G): "my left leg sags under me", "my right leg gives under me"
    r"\b{LEGWORD} (?:\w+ ){0,3}?(?:sag|sags|sagge[d]|saggin[g]|sink|sink[s]|sank|sinkin[g]|sunk|give|give[s]|gave|giving|cave|cave[s]|cave[d]"
    r"|cavin[g]|slum[p]|slump[s]|slumpe[d]|slumpin[g]|wilt|wilt[s]|wilte[d]|wiltin[g]|concertin\w*|drop|drops|droppe[d]|droppin[g]|slid[e]"
    r"|slide[s]|slid|slidin[g]) (?:(?:right|just|straight|away|down|in|out) )?(?:from )?(?:under|beneath|underneath) me\b",
    r"\b(?:went|goes|go|gone|going) (?:out )?from under(?:neath)? me\b",
    r"\b(?:cant|couldnt|unable to|struggle to|hard to|wont|doesnt|dont) (?:\w+ )?(?:lift|raise|pull|bend|point"
    r"|flex) (?:up )?(?:my |the )?(?:left |right )?(?:foot|toes|ankle|big toe) up\b",
    r"\b(?:foot|ankle|toes) (?:wont|doesnt|dont|cant|will not|would not) (?:\w+ )?(?:lift|come up|go up|bend up"
    r"|pull up)\b",
    # "cant hold the front of that foot up", "cant keep my toes up"
    r"\b(?:cant|couldnt|unable to|struggl\w* to|hard to|wont|doesnt|dont|no longer) (?:\w+ )?(?:hold|keep|get|lift|raise)"
    r" (?:up )?(?:my |the |that |this |me )?(?:front (?:end )?of (?:my |the |that |this |me )?)?(?:left |right |bad )?"
    r"(?:foot|feet|toes|ankle) up\b",
    # a foot that flops, after a comma: "foot up , it just flops"
    r"\b(?:foot|feet|toes) (?:up |down )?, (?:it|they|that) (?:just |kind of |sort of )?(?:flops?|flopping|drops?|hangs|slaps?"
    r"|dangles?)\b",
    # an ankle that keeps going over: "gone over on that ankle 3 times since monday", "keep rolling my ankle"
    r"\b(?:gone|went|go|goes|going|turned|rolled|rolling|twisted) (?:over )?(?:on )?"
    r"(?:my |me |that |the |this )?(?:left |right |bad |weak )?ankles?\b(?: \w+){0,2}? (?:twice|(?:\d+|two|three|four|five"
    r"|a few|few|several|many|so many) times) (?:since|this|today|in (?:a|the|one|two|\d+) (?:days?|weeks?|last)|already"
    r"|now|lately|recently)\b",
    r"\b(?:keep|keeps|kept) (?:on )?(?:going over on|rolling|turning|going over) (?:on )?(?:my |me |that |the )?"
    r"(?:left |right |bad )?ankles?\b",
    r"\b(?:cant|couldnt|unable to|struggle to|hard to) (?:\w+ )?(?:lift|raise|pull up|move|bend up)"
    r" (?:my |the )?(?:left |right )?(?:foot|toes|ankle|big toe)\b",
    # ... "that heel", "the left heel" (session 28A): "today i cant stand on that heel at all"
    # ... "stand up on" (session 31AN): "i cant stand up on that heel anymore"
    r"\b(?:cant|couldnt|cannot|unable to) (?:\w+ )?(?:walk|stand) (?:up )?on (?:my |me |that |this |the |his |her )?(?:left |right |bad )?(?:heels?|toes"
    r"|tiptoes?)\b",
    # "cant get up on my tiptoes on the left anymore", "can no longer go up onto my toes" (issue 13)
    r"\b(?:cant|couldnt|cannot|unable to|can no longer|no longer|struggl\w* to|can barely|can hardly) (?:\w+ )?(?:get|go|come"
    r"|push|rise|raise myself|lift myself|stand) (?:up |myself up |right up )?(?:on|onto|on to) (?:my |me |the |his |her |that |this )?"
    r"(?:left |right |bad )?(?:tip ?toes?|tipp(?:y|ie) ?toes?|toes|heels?|the balls? of my (?:left |right )?foot)\b",
    r"\b(?:tip ?toes?|tipp(?:y|ie) ?toes?) (?:on (?:my |the )?(?:left|right) )?(?:is|are|has gone|have gone|went) (?:\w+ )?"
    r"(?:impossible|gone|a no go)\b",
    r"\b(?:trip|trips|tripping|stumble|stumbles|stumbling|catch|catching|catches) (?:\w+ ){0,2}?"
    r"(?:over|on) (?:my |the )?(?:own )?(?:left |right )?(?:foot|feet|toes)\b",
    r"\bcatch(?:ing|es)? my (?:toes|foot)\b",
    # tripping again and again is a foot that catches (a single trip is a fall, TRAUMA_PATTERNS)
    r"\b(?:tripped|stumbled|tripping|stumbling|trip|stumble)\b(?: \w+){0,5}? {REPEATED}\b",
    # the count told first (session 18c): "twice this week ive tripped over the mat in the hall"
    r"\b{REPEATED}(?: (?!(?:and|but|then)\b)\w+){0,4}? (?:tripped|stumbled)\b",
    # the kerb or a step hit by the foot again and again (session 21e): "caught my foot on the kerb twice today"
    r"\b(?:(?:caugh[t]|catch\w*|clippe[d]|clip\w*|hit|hittin[g]|scuff\w*|stubbe[d]) (?:my |me |the )?(?:left |right )?(?:foot|feet|toes?)"
    r"|(?:foot|feet|toes?) (?:\w+ )?(?:caugh[t]|catch\w*|clippe[d]|clip\w*|hit|hits|scuff\w*)) (?:\w+ ){0,3}?(?:kerb|curb|kerb[s]|curb[s])\b"
    r"(?: \w+){0,6}? {REPEATED}\b",
    r"\b(?:keep|kept) (?:on )?(?:tripping|stumbling)\b",
    r"\b(?:getting|gets|got|becoming|became|grows?|growing) (?:\w+ )?weaker\b",
    r"\bweaker (?:and |n )?weaker\b|\bmore and more weak\b|\bincreasingly weak\b|\bprogressive\w* weak\w*",
    r"\bweak\w* (?:, )?(?:\w+ ){0,4}?(?:getting|gets|is getting|becoming|got|is) (?:\w+ )?worse\b",
    r"\bweak\w* (?:\w+ ){0,3}?worsen\w*",
    r"\b(?:cant|couldnt|cannot) move (?:my |the )?(?:left |right )?(?:leg|legs|foot|feet)\b",
    # toes that will not curl or grip: "my toes wont curl anymore", "cant grip my flip flop with my toes"
    r"\b(?:toes?|big toe) (?:\w+ )?(?:wont|dont|doesnt|cant|will not|would not|wouldnt|cannot|no longer) (?:\w+ )?(?:curl|grip"
    r"|scrunch\w*|clench\w*)\b",
    r"\b(?:cant|couldnt|cannot|unable to|struggl\w* to|no longer) (?:\w+ )?(?:curl|scrunch\w*|clench\w*) (?:up )?(?:my |me |the )?"
    r"(?:left |right )?(?:toes|big toe)\b",
    r"\b(?:cant|couldnt|cannot|unable to|struggl\w* to|no longer) (?:\w+ )?grip (?:\w+ ){0,3}?with (?:my |me |the )?"
    r"(?:left |right )?(?:toes|big toe)\b",
    # strength measured going down: "the physio measured my leg strength, last week 12 kilo, today only 5"
    r"\b" + _LEG_PART + r"\b(?: \S+){0,6}? \d+ ?" + _STRENGTH_UNIT + r"\b(?: \S+){0,4}? (?:now|today|this week|this morn\w*"
    r"|yesterday)\b(?: \w+){0,2}? (?:only|just|down to|barely) (?:\d+|a few|a couple(?: of)?)\b",
    r"\b" + _LEG_PART + r"\b(?: \S+){0,6}? (?:dropped|gone down|went down|fallen|fell|is down|was down|decreased|come down"
    r"|slipped) from \d+ (?:" + _STRENGTH_UNIT + r" )?(?:to|down to) (?:only |just )?\d+\b",
    # an ability of the foot still there before, gone now: "monday i could still go up on my tiptoes, tuesday barely and
    # today not at all", "last week i could still half stand on my toes, now no chance" (issue 12)
    r"\b(?:could|was able to|managed to|still could|still managed to) (?:still |just |easily )?(?:\w+ ){0,3}?"
    r"(?:on|onto|on to|up) (?:my |me |the )?(?:left |right |bad )?(?:tip ?toes?|tipp(?:y|ie) ?toes?|toes|heels?)\b"
    r"(?: (?:\w+|,)){0,8}? (?:now|today|tonight|this morning|this week|yesterday) (?:\w+ ){0,2}?(?:not at all|nothing|no chance"
    r"|no way|impossible|not anymore|no more|(?:cant|cannot|couldnt)(?= ,| \.|$| do (?:it|that|them)| any ?more| at all| manage"
    # ... a side named after the bare "not" or "cant" (session 30W): "now not on the right", "now i cant on the left side"
    r"| (?:on|with|for) (?:the |my |that )?(?:left|right|other|bad)\b)|not(?= (?:on|with|for) (?:the |my |that )?(?:left|right|other|bad)\b)"
    r"|barely|hardly|only just|just about|not a chance|a no go)\b",
    # the foot named, then it cannot be lifted any more, told day by day (session 16b): "monday caught my toe, yesterday
    # nearly fell on the kerb, today i cant lift it high enough" (not when pain is the reason)
    r"\b(?:foot|feet|toes?)\b(?: \S+){0,16}? (?:cant|cannot|couldnt|can barely|can hardly|barely|hardly|struggl\w* to|unable to)"
    r" (?:even )?(?:lift|raise|pick up|get up) (?:it|them)\b(?! (?:\w+ ){0,3}?(?:because|cos|coz|due to|for) (?:of )?(?:the )?pain)",
)
# the legs lifted less and less, a walk lost within hours (session 27R): "i can lift my legs less and less", "its getting
# harder and harder to lift my legs", "this morning i could still walk to the loo, now i cant stand up" (the walk told as
# still possible then: "still" or a recent time; not "i walked further last year", not "less and less pain")
_RECENT = (r"(?:an hour|a few hour[s]|two hour[s]|\d+ hours?|hour[s]|half an hour|minute[s]|this mornin[g]|this afternoo[n]|earlie[r]|earlie[r] on"
           r"|yesterda[y]|last nigh[t]|tonigh[t]|at lunc[h]|at breakfas[t]|at teatim[e]|just now)")
WORSENING_PATTERNS += (
    r"\b(?:lift|rais[e]|pick up|get up|lift up)\b(?: \w+){0,3}? (?:less and less|wors[e] and wors[e]|less ever[y] day|less each day"
    r"|less well ever[y] day)\b",
    r"\b(?:harde[r] and harde[r]|more and more difficul[t]|more and more of a struggl[e]|harde[r] ever[y] day|harde[r] each day) (?:for me )?to"
    r" (?:\w+ )?(?:lift|rais[e]|stan[d] up|get up|pick up)\b",
    r"\b(?:coul[d]|was able to|manage[d] to) stil[l] (?:\w+ ){0,5}?(?:walk|shuffl[e]|stan[d]|hobbl[e]|limp|get up|get to|make it)\b(?: \S+){0,8}?"
    r" now (?:\w+ ){0,2}?(?:cant|canno[t]|can not|can no longe[r]|couldn[t]|unabl[e] to|not able to|no longe[r] able to)(?: even| properl[y])?"
    r" (?:\w+ )?(?:stan[d]|get up|lift|move|shuffl[e]|walk(?! (?:far|as far|very|for|more|long|much|that|so|the|any)\b))\b",
    _RECENT + r"(?: ago)?(?: \S+){0,3}? (?:coul[d]|was able to|manage[d] to) (?:\w+ ){0,5}?(?:walk|shuffl[e]|stan[d]|hobbl[e]|limp|get up|get to"
    r"|make it)\b(?: \S+){0,8}? now (?:\w+ ){0,2}?(?:cant|canno[t]|can not|can no longe[r]|couldn[t]|unabl[e] to|not able to"
    r"|no longe[r] able to)(?: even| properl[y])? (?:\w+ )?(?:stan[d]|get up|walk|lift|move|shuffl[e])\b",
)

# a dropping foot told by what the person notices (session 28A): the high step that clears it ("i have to lift my knee
# really high when i walk", "going up the stairs i need to raise my left knee up high"; one knee or leg of the patient's, not
# "high knees" of a drill), a foot that obeys less and less, the front of the foot lifted with growing trouble
_HIGH_STEP = (r"(?:have|had|has|need|needed|needs|having|got) to (?:lift|rais[e]|pick|brin[g]|hitc[h]|hike|pull) (?:up )?(?:my |me |the |that"
              r" |this )?(?:left |right |bad |weak )?(?:knee|leg|foot)(?: up)? (?:really |very |extra |so |super |right |way |quite )?(?:up )?"
              r"high(?:er)?\b(?: up)?")
_STEP_CONTEXT = (r"(?:(?:when|while|as|to|if) (?:i )?(?:walk|walkin[g]|step|clim[b]|go up|get up)\b|walkin[g]|(?:the |a )?stair[s]|ste[p]s?\b"
                 r"|like (?:a |some )?(?:marchin[g] )?(?:soldie[r]|horse|pony|stor[k])|marchin[g])")
WORSENING_PATTERNS += (
    r"\b" + _HIGH_STEP + r"(?: \w+){0,3}? " + _STEP_CONTEXT,
    r"\b(?:walk\w*|stair[s]|ste[p]s)\b(?: \w+){0,6}? (?:i |ive )?" + _HIGH_STEP,
    r"\b(?:foot|feet|leg|toes?|ankle)\b(?: \w+){0,1}? (?:obeys?|listens?|responds?|reacts?) (?:to )?(?:me |my brai[n] )?(?:less and less"
    r"|less (?:every|each) day|less by the day|worse and worse|worse (?:every|each) day|less well every day)\b",
    r"\b(?:harde[r] and harde[r]|more and more difficul[t]|harde[r] (?:every|each) day|harde[r] by the day) (?:for me )?to (?:\w+ )?(?:pull|lift"
    r"|rais[e]|brin[g]|get|point|flex) (?:up )?(?:my |the |me )?(?:left |right )?(?:toes?|foot|front of (?:my |the )?(?:left |right )?foot"
    r"|tip of (?:my |the )?(?:left |right )?foot)\b",
    r"\b(?:liftin[g]|raisin[g]|pullin[g]|bringin[g]|getting|pointing) (?:up )?(?:my |the |me )?(?:left |right )?(?:toes?|foot|front of (?:my |the )?"
    r"(?:left |right )?foot|tip of (?:my |the )?(?:left |right )?foot)(?: up)? (?:is |gets |is getting |getting |has got |become[s] )?"
    r"(?:harde[r]|more difficult|toughe[r]) (?:and harde[r]|every day|each day|by the day|than yesterday)\b",
)

# ---- both legs: slots of the shared patterns (bot/reading/redflags.py BOTH_LEG_RULES) ----
#: plural legs or feet: "my legs are heavy"
LEGS_PLURAL = ("legs", "feet", "soles", "thighs", "calves", "shins")
LEGS_FEEL = ("feel", "feels", "felt", "feeling", "are", "were", "is", "so", "really", "very", "super", "like")
HEAVY = ("heavy", "like lead", "lead")
HEAVY_ADJ = ("heavy",)
#: heavy legs told tired after a day on the feet, right after the heavy word (session 31AG; bot/reading/redflags.py
#: _heavy_tired_after): "my legs feel heavy after standing all day", "heavy legs by the end of my shift" (not "after walking")
HEAVY_TIRED_AFTER = (
    r"(?:after|from) (?:\w+ ){0,3}?(?:standing|stood|on (?:my|me|our) feet|at work|work|shifts?|workday|working day|day at work)",
    r"after (?:a |my |another )?(?:long |full |busy |hard )?(?:day|days|week)\b(?! (?:of |)(?:walking|walk))",
    r"(?:at|by|towards|toward) the end of (?:the |my |a )?(?:day|shift|week|working day|workday)",
    r"(?:in the |every |each )?evenings? after (?:work|my shift)",
)
LEGS_WONT = ("wont", "dont", "will not", "do not")
OBEY = ("do what i", "go where i", "obey", "work")
#: "mine too", "so are mine": the patient's legs as well (regex alternatives; {MINE}, {TOO} are slots)
MINE = ("mine",)
TOO = ("too", "also", "as well")
MINE_TOO = (r"{MINE} (?:\w+ )?{TOO}", r"so (?:are|is|was|do|did|were) mine")
#: numbness of both legs told in a way the shared patterns do not read; none in English
#: both legs failing, said of neither: "neither leg would push me up"
BOTH_LEGS_WEAK_PATTERNS = (
    # tiptoes or heels failing on either side (session 21e): "i cant get up on my tiptoes either side", "cant walk on my heels on
    # both sides"
    r"\b(?:cant|couldnt|cannot|unable to|can no longer|struggl\w* to|can barely|can hardly) (?:\w+ ){0,4}?(?:tiptoes?|toes|heels?)"
    r" (?:on )?(?:either|both|neither) (?:side|side[s]|foot|feet|leg|legs)\b",
    # numb and weak, words of time between (session 19m): "both my legs have been for about a week now numb and weak"
    r"\b(?:legs|feet) (?:are|have been|feel|have felt|have gone|went|get|go) (?:(?!(?:not|no|never|but|or|and|n)\b)\w+ ){2,6}?(?:and|n|plus) "
    r"(?:a bit |really |very |so )?(?:weak|weaker|wobbly|floppy)\b",
    # less strength "in both" after the legs named (session 19m): "tingling in both legs, less strength in both too";
    # legs turning to cotton wool: "my legs are going like cotton wool"
    # (the legs may be named in the sentence before; "in both arms" is no leg)
    r"\b(?:less|no|little|hardly any|barely any|not much|reduced) (?:strength|power|force) (?:left )?in (?:both|both of them"
    r"|the both of them|them both|either)\b(?! (?:\w+ )?(?:arms|hand[s]|shoulder[s]|wrist[s]|finger[s]|elbow[s])\b)",
    # (becoming: the change is the weakness; "feel like cotton wool" stays the numbness)
    r"\b(?:legs|feet)\b (?:\w+ ){0,2}?(?:go|going|went|gone|turn|turning|turned|get|getting|becoming|become)(?! (?:\w+ )?(?:not|never)\b) "
    r"(?:\w+ ){0,2}?(?:like|to|into) (?:\w+ )?cotton ?woo[l]\b",
    r"\bthey (?:\w+ )?(?:fold|buckle|crumple|collapse|give way|give out)\w* (?:\w+ )?(?:under|beneath) me\b",
    r"\bneither (?:leg|foot) (?:\w+ )?(?:would|will|could|can) (?:\w+ )?(?:push|hold|carry|support|lift|move|work)\b",
    # numb and weak in one breath (session 16b): "both my legs go numb and weak when i walk" (the "and" would cut the
    # weakness from its legs)
    r"\b(?:both (?:of )?(?:my |me |the )?|my |me )(?:legs|feet) (?:feel |feels |are |have gone |went |gone |go |get |getting "
    r"|going )(?:all |a bit |really |very |so )?(?!(?:not|fine|ok|okay|normal|good)\b)\w+ (?:and|n|plus) (?:a bit |all |really "
    r"|very |so )?(?:weak|weaker|wobbly|floppy|like jelly|jelly)\b",
    # the weakness told of the legs by a pronoun later in the sentence (session 16c): "both legs pins and needles down
    # to the feet and theyre like jelly on the stairs" ("theyre not like jelly" is no sign)
    r"\b(?:legs|feet)\b(?: \S+){0,20}? (?:theyre|they are|they feel|they go|they went|theyv[e] gone|they have gone|they get"
    r"|they turn) (?:all |a bit |really |very |so |just |kind[a] |like |to )*(?:jelly|wobbly|floppy|rubbery|rubber|noodle[s]"
    r"|weak|weaker|elasti[c])\b",
    # buckling, the legs taken up by a pronoun (session 22I): "both legs go heavy and theyve started buckling on me", "my legs
    # ache and they keep giving way" (a negation in the slot is none: "they havent buckled")
    r"\b(?:legs|feet|knees)\b(?: \S+){0,20}? (?:they|theyve|they have|theyre|they are|they ve) (?:(?!(?:not|never|havent|dont|didnt"
    r"|arent|wont|no|nae)\b)\w+ ){0,2}?(?:buckl\w*|give way|giving way|gave way|given way|give out|giving out|gave out|fold under"
    r"|folding under|folding up|collaps\w*)\b",
    # ... and feel like it, the legs the subject (session 21f): "both my legs have gone to sleep and feel like elastic"
    r"\b(?:legs|feet)\b(?: \S+){0,10}? (?:and|n) (?:\w+ )?(?:feel|felt|feeling|are|go|went|turn|turned) (?:all |a bit |really |very |so "
    r"|just |kind[a] )*like (?:jelly|elasti[c]|noodle[s])\b",
    # numb and weaker in one list (session 17): "both legs pins and needles and a bit weaker"
    r"\bboth (?:of )?(?:my |me |the )?(?:legs|feet)\b(?: (?!(?:not|never|isnt|arent)\b)\S+){0,6}? (?:and|n|plus) (?:a bit |a little "
    r"|slightl[y] |all |really |very |so |also |now )?(?:weak|weaker)\b",
    # less go in them (session 18c): "the two legs go dead and heavy from the knees down, and theyve less go in them than
    # they used to" ("strange and heavy" stays no weakness: test_blind_refreshes)
    r"\b(?:legs|feet)\b(?: \S+){0,14}? (?:theyve|they have|they ve|theyve got|they have got) (?:got )?(?:less|no|not much|hardly any|little"
    r"|nothing like the) (?:go|power|strength|oomph|well[y]|puff|kick) (?:left )?in (?:them|em)\b",
    # the stairs climbed on the arms (session 18e): "both my legs feel wooden ... going up to our flat i am pulling myself
    # with the railing" ("i hold the railing" is no sign)
    r"\b(?:legs|feet)\b(?: \S+){0,32}? (?:pull\w*|haul\w*|drag\w*|heav\w*|hoist\w*) (?:myself|meself|me) (?:up )?(?:\w+ ){0,3}?"
    r"(?:with|on|by|up|alon[g]) (?:the |both |my |me )?(?:railin[g]|rail|baniste[r]|banniste[r]|handrai[l]|hand rail)s?\b",
    # holding on to stay up (session 21d, twin of "ik moet me vasthouden aan het aanrecht"): "both legs, have to hold onto the
    # counter to stay up", "my legs feel dead, i need to grab the furniture to get about" ("i hold on to the banister out of
    # habit" is no sign)
    r"\b(?:legs|feet)\b(?: \S+){0,32}? (?:have to|had to|need to|needed to|got to|gott[a]|must|having to|keep having to) (?:\w+ )?"
    r"(?:hold on|hold onto|hold on to|hang on|hang onto|hang on to|grab|grab onto|grab on to|grab hold of|cling to|cling onto|cling on to"
    r"|lean on|stead[y] myself on|prop myself up on|prop myself on|support myself on) (?:\w+ ){0,3}?(?:counte[r]s?|workto[p]s?"
    r"|sink|tabl[e]|chair|furnitur[e]|wall|wall[s]|side|side[s]|kitche[n] side|door ?fram[e]|bench|cupboar[d]s?|trolle[y]|anything"
    r"|something|everythin[g]|thing[s]|stuf[f])\b",
    # the legs that will not any more, said of "they" (session 21d, twin of "ze willen niet goed meer"): "both legs numb and
    # they wont really go any more", "my legs just wont work properly anymore"
    r"\b(?:legs|feet)\b(?: \S+){0,20}? (?:they|legs|feet) (?:just )?(?:wont|will not|dont|do not|wouldnt) (?:really |properly |quite )?"
    r"(?:work|go|move|cooperat[e]|co operat[e]|obey|liste[n]) (?:properly |right |well )?(?:any ?more|now)\b",
    # both legs gone heavy, the legs failing or worse told after in the sentence (session 25M1): "both his legs have gone heavy,
    # ... today he cant get up the stairs", "my legs are getting heavier, worse by the day" (gone heavy alone is no sign here)
    r"\b(?:legs|feet)\b (?:have |has |ve |s |had |are |were |keep )?(?:gone|got|gotten|getting|get|become|became|becoming|turned|went|grow[n]"
    r"|growing|go|going|started going) (?:really |very |so |all |proper |dead |a bit |more and more |more )?(?:heavy|heavie[r]|like lead)\b"
    r"(?=(?: \S+){0,40}? (?<!not )(?<!no )(?<!isnt )(?:worse|weaker|heavie[r]|cant|cannot|couldnt|unable|no longer|not any ?more"
    r"|needs? help|needed (?:me|help|someone|a hand)|by the day)\b)"
    r"(?!(?: \S+){0,40}? (?:not|no|isnt|arent|never|nt) (?:\w+ ){0,2}?(?:worse|weaker)\b)",
    # ... the worse told first (session 31AN): "its worse this fortnight: both my legs are turning heavy", "getting worse, both
    # his legs have gone heavy as lead" (not heavy after a day on the feet)
    r"\b(?<!not )(?<!no )(?<!isnt )(?<!any )(?:worse|worsening)\b(?: \S+){0,8}? (?:(?:both|my|his|her|our|the|of|2|two) )+(?:legs|feet)\b"
    r" (?:have |has |ve |s |are |were |keep |feel |felt )?(?:(?:gone|got|gotten|getting|become|became|becoming|turned|turning|going"
    r"|started going|now|all|really|so|very) )*(?:heavy|like lead|as lead|like concret[e])\b"
    r"(?! (?:\w+ ){0,4}?(?:after|by the end|at the end|end of|standin[g]|on my feet|shift)\b)",
)
BOTH_LEGS_NUMB_PATTERNS = (
    # asleep told as sleeping, in Singlish, Pidgin and Indian English (session 26F): "both my feet sleeping one", "my two leg
    # dey sleep", "my feet are always sleeping" (not "my feet are cold when i sleep", "my legs ache, i cant sleep")
    r"\b(?:legs|feet|leg|foot)\b (?:(?:are|r|is|keep|always|both|all|dey|de|also|already|still|both are|are both) ){0,3}?"
    # ... not the foot that slipped, a fall told after it (session 38C): "di foot slip, mi drop two metre", "my foot slip on the
    # wet step and i land on my back", "foot slip off di ladder"
    r"(?:sleepin[g]|sleep|(?:slippin[g]|slip)(?! (?:on|off|pon|from|out|outt[a]|under)\b)(?! (?:,|and|an|n|\w+)(?: \S+){0,6}? (?:drop\w*|fall\w*|fell"
    r"|la[n]|land\w*|tumble\w*|went down|crash\w*)\b))\b(?! (?:well|fine|ok|okay|badly|bad|poorly|through|at night|in)\b)",
    # the left and the right one named, the sign after a plural verb or "both" (session 26F): "my left foot and my right foot
    # have gone to sleep", "left leg and right leg both numb" (not "pain in my left leg and my right leg is numb")
    r"\b(?:left|right) (?P<part>foot|leg|calf|thigh|shin) and (?:my |me |the )?(?:right|left) (?P=part)\b (?:(?:have|are|were"
    r"|both|keep|kept|feel|felt|have both|are both|both have|both are|both feel|all|now) ){1,3}?(?:{LEG_NUMB}|(?:gone|go|went|going|fallen"
    r"|fall) (?:\w+ )?(?:to sleep|asleep))",
    # ... the sign first, then the two sides named (session 30W): "tingling down the left and the right leg", "pins and needles in
    # my left leg and my right leg" (not "pain in the left leg and the right leg is numb": the sign told of both, before them)
    r"\b{LEG_NUMB} (?:\w+ ){0,3}?(?:in|down|into|through|on|of) (?:my |me |the |both )?(?:left|right) (?:(?P<side>leg|foot|calf|thigh|shin) )?"
    r"(?:and|an|n) (?:in |down |into |through |on )?(?:my |me |the )?(?:right|left) (?(side)(?P=side)|(?:leg|foot|calf|thigh|shin))\b",
    # ... from the hips or knees down, left and right (session 30W): "pins and needles from the hips down, left and right"
    r"\b{LEG_NUMB} (?:\w+ ){0,3}?from (?:the |my |me )?(?:hips?|waist|thighs?|knees?|backside|bum|calves) (?:down|downward[s])(?: ,)? (?:on the )?leftright\b",
    # gone to sleep (session 21f): "both my legs have gone to sleep", "my feet keep going to sleep"
    r"\b(?:legs|feet) (?:\w+ )?(?:have |has |keep |both |all )?(?:gone|went|go|going|goes) (?:\w+ )?to sleep\b",
    # "neither leg could tell if the water was hot or cold"
    r"\bneither (?:leg|foot) (?:\w+ )?(?:could|can|would|will) (?:\w+ )?(?:feel|tell)\b",
    # a touch not felt on both legs: "couldnt feel my own hands rubbing it in on either leg"
    r"\b(?:cant|couldnt|didnt|dont|barely|hardly) (?:\w+ )?feel (?:my |me |the |his |her |their |your |someones? )?(?:own )?"
    r"(?:hands?|fingers?|the \w+)\b(?: \w+){0,6}? (?:on|against|down|over) (?:\w+ ){0,1}?"
    r"(?:both (?:of )?(?:my |me |the )?(?:legs?|feet|foot|shins|calves|thighs)|either (?:of (?:my |the )?)?(?:legs?|feet|foot)"
    r"|my (?:legs|feet|shins|calves))\b",
    # a pinch test told as a story: "pinched both shins n nothing"
    r"\b{TOUCHED} (?:\w+ ){0,2}?(?:both (?:of )?(?:my |me |the )?|my |me )(?:legs|feet|shins|calves|thighs|soles)\b(?: \w+){0,4}?"
    r" (?:and |n |but |, )?(?:{FELT_NOTHING}|nothing|nowt|zilch|zero|not a thing)\b",
    # two feelings of the legs in one breath: "both my legs feel heavy n tingly"
    r"\b(?:both (?:of )?(?:my |me |the )?|my |me )(?:legs|feet|calves|shins) (?:feel |feels |are |have gone |went |gone |go )"
    # "both legs gone like jelly and numb" (session 16b)
    r"(?:all |a bit |really |very |so )?(?:like |as )?(?!(?:fine|ok|okay|normal|good)\b)\w+ (?:and|n|plus) (?:a bit |all |really |very "
    r"|so )?(?:numb(?:ed|ish)?|tingl(?:y|ing)|dead|prickl(?:y|ing)|fizz(?:y|ing)|pinsneedles)\b",
    # going dead, both legs (session 18c): "the two legs go dead and heavy from the knees down", "both my feet went dead"
    # ("dead" alone is a saddle word; of the legs in the plural, it is told going so)
    # ... "both" told after the legs (session 36A): "my legs have both gone dead"
    r"\b(?:the two |both (?:of )?(?:my |me |the )?|my |me |the )(?:legs|feet) (?:\w+ )?(?:both |all )?(?:go|goes|going|went|gone|turn|turns|turned)"
    r" (?:all |completely |totally |a bit )?dead\b",
    # ... or told dead with be or feel, or with no verb (session 33M): "both my legs are dead", "both legs feel dead since this
    # morning", "my legs are both dead", "the two feet just dead" (not "dead tired", "like a dead weight": heavy, not numb; not
    # legs dead from the gym or after a run: tired muscles)
    r"\b(?:(?:the two |both (?:of )?(?:my |me |the )?)(?:legs|feet)|(?:my|me|the) (?:legs|feet) (?:are |feel |r )?both)"
    r"(?: (?:are|r|feel|feels|felt|were|have been|been|seem|still|now|just|both|kind of|sort of|kind[a]|like|all|completely|totally"
    r"|really|so|a bit|pretty|proper)){0,3} dead\b(?! (?:tired|beat|on my feet|weigh\w*|heavy|from (?:the |a |my )?(?:gym|run\w*|squat\w*"
    r"|workou[t]|trainin[g]|leg day|maratho[n]|walk\w*|hike|hikin[g])|after (?:\w+ ){0,2}?(?:gym|run\w*|squat\w*|workou[t]|trainin[g]|leg day"
    r"|maratho[n]|hike|hikin[g]|football|matc[h]|ride|cyclin[g]))\b)",
    # the stretch told between the legs and the sign (session 17e): "both legs from the hips to my toes all prickly and numb"
    r"\b(?:legs|feet)\b (?:right )?from (?:the |my |me )?\w+ (?:down )?(?:to|till|until|into) (?:the |my |me )?\w+(?: \w+){0,4}? {LEG_NUMB}",
    # both legs named first, the sign told of "both" in the next clause (session 23N): "pain in both legs, with pins and needles
    # in both", "both legs ache and they both tingle" (not "tingling in my left leg and pain in both": the legs first, the sign
    # after; not "numb in both hands")
    r"\b(?:both (?:of )?(?:my |me |the )?(?:legs|feet|lower legs|calves|thighs)|the two (?:legs|feet))\b"
    r"(?: (?!(?:not|no|never|but|except|apart|without|nor|although|though)\b)\S+){0,12}?"
    r" (?:(?:they|theyre|both) (?:\w+ )?(?:both |each )?{LEG_NUMB}"
    r"|{LEG_NUMB} (?:\w+ )?(?:in|into|down|through|on|of) (?:the )?both\b(?! (?:of )?(?:my |me |the )?(?:arms|hand[s]|finger[s]|thumb[s]|buttocks"
    r"|butt|bum|cheeks|hips|shoulder[s]|wrist[s]|elbow[s]|side[s] of my (?:face|body))\b))",
)

# ---- cancer ----
#: the cancer word and its typos ("cancre", "canser")
CANCER_WORD = (r"\w{0,20}canc[ae]r\w*", r"cancre\b", r"canser\w*")
#: a question or a worry about cancer, not a history (anywhere in the sentence)
CANCER_QUESTION = ("unsure", "cause", "causes", "caused", "risk", "chance", r"signs? of", r"symptoms? of", "what if",
                   "afraid")  # fmt: skip
#: just before the cancer word: "benign", "non"
CANCER_BENIGN = ("benign", "non")
#: doubt or a test just before the cancer word: "could it be cancer", "tested for cancer"
CANCER_DOUBT = ("could", "might", "may", "is it", "could it", "can it", "would it", r"test(?:s|ed|ing)?\b", "screening", r"scan\w*",
                "rule out", "ruled out", r"check\w*",
                # a belief about the cause now, not a cancer had (session 19): "googled it and now im convinced its cancer"
                r"(?:convince[d]|(?:im|i am|i m|am) (?:\w+ )?sure|bet) (?:that )?(?:its|it is|it s|this is|thats|it)\b")  # fmt: skip
#: a clause that asks or worries whether it is cancer, the cue anywhere before the cancer word: a yes/no question
#: opening the clause ("could this be something serious like cancer", "does this sound like cancer", "can pain like
#: this be from cancer") or a worry that it is ("worried its something like cancer")
CANCER_ASKED = (
    # heredity asked (session 19m): "is it hereditary, that cancer?" (a relative's cancer)
    r"\b(?:hereditary|genetic|inherited|inheritable)",
    r"^(?:\w+ ){0,2}?(?:could|can|would|might|may|will|does|do|is|are|should) (?:this|that|it|these|those|such|my back|back"
    r"|lower back|pain|(?:\w+ )?pain|a (?:\w+ )?pain|sciatica|something"
    # "can a bad back give u cancer" (session 16b)
    r"|a (?:\w+ )?back|a (?:\w+ )?backache|backache|back ache|bad backs?)",
    # ... back pain of the ordinary kind asked as being it (session 33D): "can normal back pain also be cancer", "could simple lower
    # back pain turn out to be cancer", "can a regular sore back be cancer"
    # (not a subject before the verb: "it is normal pain from the cancer" tells, it asks nothing)
    r"^(?!(?:\w+ ){0,2}?(?:it|this|that|he|she|they|which|what|its|thats) (?:is|are|could|can|would|might|may)\b)"
    r"(?:\w+ ){0,2}?(?:could|can|would|might|may|does|do|is|are) (?:a |an |the )?(?:ordinary|normal|regular|plain|simple|common|everyday"
    r"|usual|typical|standard|basic)(?: old)?(?: \w+){0,2}? (?:pain|ache|backache|back)\b",
    # ... whether something can give or cause it (session 32AP): "could all this sitting give me cancer?", "can painkillers cause cancer"
    r"\b(?:could|can|would|might|may|will|does|do|should) (?:\w+ ){1,7}?(?:give|giving|cause|causing|lead to|bring on|trigger)"
    r"(?: (?:me|you|u|us|people|someone|a person))?(?: \w+)?$",
    r"\b(?:{FEAR}) (?:\w+ ){0,2}?(?:that|its|it is|it s|this is|it might|it could|it may|about)",
    r"\b(?:i wonder|wondering|i doubt|do you think|any chance|chances are|what are the chances) (?:if |whether |that |its |it )?",
    # read or heard about it (session 17: "reading online about tumours, should i be worried")
    r"\b(?:read|reading|googled|googling|looked up|heard|hearing|watched) (?:\w+ ){0,4}?(?:about|that|on|of)\b",
    r"\b(?:online|internet|google|dr google|tiktok)\b",
    # how one would know or tell it is (session 35J): "how do you know if back pain is cancer", "how can i tell whether it's a
    # tumour", "what are the odds it's a tumor"
    r"\bhow (?:do|can|would|could|will|should|does) (?:i|you|u|we|one|a person|someone|people|doctors?) (?:\w+ )?(?:know|tell|be sure)\b",
    r"\bwhat (?:are|s|is) the (?:odds|chances?|likelihood)\b",
    # told as something back pain can be ("my mum says back pain can be cancer?")
    r"\b(?:back pain|backache|back ache|a bad back|bad backs|sciatica) (?:\w+ )?(?:can|could|might|may) (?:\w+ )?"
    r"(?:be|mean|hide|come from|turn into)\b",
    # what if it is, when to worry about it or think of it (session 36F): "and what happens if it's a tumour?", "supposing it is
    # cancer", "when do you have to think of cancer?", "at what stage should i consider a tumour?" (an own cancer told keeps it)
    r"^(?:(?:what|happens|but|so|even|only|then) ){0,3}(?:if|suppose|supposing|say|imagine|assuming) (?:that )?(?:its|it is|it s|this is"
    r"|thats|that is|it was|it were|it turns out|it turned out|it ends up)\b",
    r"\b(?:when|at what (?:point|stage|age)|how long (?:before|until|till)|how soon) (?:do|does|should|must|would|will|can|is it time to"
    r"|to|have to|need to)\b(?: \w+){0,5}? (?:worry\w*|worried|think\w*|suspect\w*|consider\w*|look\w* for|check\w* for|test\w* for"
    r"|rule out|fear|be concerned)",
)
#: the patient's own cancer told in the same sentence: had, treated, in remission, coming back; a question about it
#: stays a history ("i had cancer 2 years ago, could it be back", "could this be related to the cancer i had")
#: someone else's story, read or heard (session 19j; bot/reading/redflags.py _cancer_story_sentence): "read a story about a
#: guy of 33 whose back pain was cancer", "saw a video of a woman who ..."; not the patient's own told in it (CANCER_MY)
CANCER_STORY = (r"(?:read|saw|seen|heard|watched|came across|found) (?:\w+ ){0,3}?(?:story|article|post|video|thread|forum|online"
                r"|internet|tiktok|facebook|reddit|news|documentary|report)",
                r"(?:story|case) (?:of|about) (?:a|an|some|this) (?:guy|bloke|man|woman|lady|girl|lad|person|fella|chap|dude|patient|teen)",
                r"(?:a|some|this) (?:guy|bloke|man|woman|lady|girl|lad|person|fella|chap|dude|patient)(?: of \d+| aged \d+)? (?:who|whose|that)")
#: someone else "had the same" (session 22, engine _cancer_same_story): "my neighbour had the same and it turned out to be cancer"
CANCER_SAME = (r"(?:had|has|has had|got|was|went through|had exactly|had just) (?:\w+ )?(?:the same|exactly the same|the exact same|similar"
               r"|something similar|the same thing|same thing|the same symptoms|same symptoms|the same pain|this too|the same as)",)
CANCER_MY = (r"(?:i had|ive had|i have had|i have|i got|my) (?:\w+ ){0,3}?(?:{CANCER_WORD}|tumou?r\w*|leu[ck]a?emi\w*|lymphom\w*|melanom\w*|\w*carcinom\w*)",)
#: someone else's illness told, then what it turned out to be (session 37N; bot/reading/redflags.py _cancer_told_of_other):
#: "my aunt had back pain and it turned out to be cancer", "a friend of mine had a bad back, it was cancer" -- the person
#: (FAMILY or CANCER_SOMEONE), their having verb (CANCER_TOLD_HAD) and the reveal of a cancer (CANCER_REVEALED), with no
#: first person, own possessive or "mine" between: the cancer is theirs (not "my aunt had it and i had breast cancer")
CANCER_SOMEONE = (r"(?:a|one|some) (?:mate|guy|bloke|lady|woman|man|girl|lad|coworker|co worker|workmate)", r"someone|somebody")
CANCER_TOLD_HAD = (r"had|has|has had|got|was having|suffered|complained|started with|went to the (?:doctor|gp|hospital) with",)
CANCER_REVEALED = (r"(?:turned out|turns out|proved|ended up being|came back as|was|it s) (?:\w+ ){0,4}?"
                   r"(?:{CANCER_WORD}|tumou?r\w*|leu[ck]a?emi\w*|lymphom\w*|myelom\w*|melanom\w*|\w*carcinom\w*|metasta\w*)",)
#: an example word opening the clause of the cancer word after a comma (session 35J; bot/reading/redflags.py _asking_clause):
#: "could it be something serious, like a tumour?" -- the question is the clause before the comma
CANCER_EXAMPLE = (r"like", r"such as", r"for example", r"for instance", r"say like", r"maybe like", r"e g", r"eg")
#: the cancer word alone after a comma, as the example of the question before it with no example word (session 38T;
#: bot/reading/redflags.py _apposition): "can back pain point to something bad, a tumour or so?" -- CANCER_APPOSITION_BEFORE is
#: all that may stand before the word in its clause (an article), CANCER_VAGUE all that may follow it (a vague tag)
CANCER_APPOSITION_BEFORE = (r"a", r"an", r"some", r"some kind of", r"some sort of")
CANCER_VAGUE = (r"or so", r"or something", r"or smth", r"or sth", r"or something like that", r"or something similar", r"or whatever",
                r"or anything", r"or the like", r"or similar", r"maybe", r"perhaps", r"possibly", r"for example", r"for instance", r"even",
                r"god forbid")
#: a cancer or a tumour asked about in general as a cause, the subject of a causing verb in a question (session 36F;
#: bot/reading/redflags.py _cancer_as_cause): "can cancer cause back pain?", "does a tumour on the spine hurt?" --
#: CANCER_CAUSE_BEFORE is the whole clause before the word, CANCER_CAUSE_AFTER opens the clause after it, CANCER_NAMED the
#: word itself (not a treatment: "does chemo cause back pain?" stays)
CANCER_CAUSE_BEFORE = (r"(?:can|could|does|do|will|would|might|may)(?: (?!(?:the|this|that|my|his|her|their|your|me)\b)\w+){0,2}",)
CANCER_CAUSE_AFTER = (r"(?:\w+ ){0,3}?(?:cause|causes|give|gives|lead to|show up as|show itself as|start as|present as|feel like|result in|trigger"
                      r"|bring on|make|hurt)",)
CANCER_NAMED = (r"\w*canc[ae]r\w*", r"tumou?rs?", r"tumer")
#: a cut word said as a particle after the subject of an asking clause (session 36F; bot/reading/redflags.py
#: _cancer_asked_past_particle): "what if it now turns out to be cancer?" -- the sentence is read again without it
CANCER_PARTICLE_SUBJECT = ("it", "its", "this", "that")
CANCER_PARTICLE = ("now",)
CANCER_OWN = (
    r"had", r"have had", r"ive had", r"ago", r"diagnosed", r"treated", r"treatment", r"survivor", r"remission",
    # "is back" not as "is back pain cancer??" (session 18)
    r"history", r"(?:be|been|come|coming|came|comes|is) back(?! (?:pain|ache|problems?|trouble)\b)", r"return\w*", r"recur\w*", r"relaps\w*", r"spread\w*",
    r"again", r"found", r"removed", r"operated", r"last year", r"(?<!\b1[89] )(?<!\b[2-9]\d )years",  # not an adult's age ("78 years", session 17)
    r"chemo\w*", r"radiotherap\w*", r"metasta\w*", r"oncolog\w*",
    # ... not "give me cancer" asked (session 32AP): "could all this sitting give me cancer?"
    r"(?:my|(?<!give )(?<!gives )(?<!giving )(?<!cause )(?<!get )me) (?:\w+ )?(?:{CANCER_WORD}|tumou?r)",
)
#: the patient's own cancer asked about as coming back ("could my cancer be back", "what if my breast cancer has spread"):
#: a history, whatever doubt or worry frames the question (bot/reading/redflags.py _cancer_returning). CANCER_MINE ends
#: the words before the cancer word, CANCER_BACK opens the words after it (only auxiliaries between: "my cancer test came
#: back" is a test)
CANCER_MINE = (r"(?:my|me)(?: \w+)?",)
#: the patient's own cancer named as theirs in a question of its doing (session 31AI; bot/reading/redflags.py _cancer_owned): "could
#: my cancer be causing it", "is it my prostate cancer" -- they have or had it, whatever doubt frames the question (a carer's "could
#: her cancer be causing it", typed for the relative, reads as "my" there); the possessive just before the cancer word, or with a
#: kind of cancer between (not "is my backache cancer"), no fear or test after it (CANCER_OWNED_NOT_AFTER: "my cancer risk")
CANCER_OWNED = (r"my(?: (?:breast|prostate|bowel|colon|colorectal|lung|kidney|renal|skin|bone|blood|thyroid|bladder|ovarian|cervical|womb"
                r"|uterine|pancreatic|stomach|liver|throat|testicular|old|previous|first|last|original))?",)
CANCER_OWNED_NOT_AFTER = ("risk", "risks", "scare", "scares", "fear", "fears", "worry", "worries", "anxiety", "phobia", r"paranoi\w*", "test",
                          "tests", "screening", "gene", "genes")
#: a relative's cancer asked about for the writer's own (session 30AC; bot/reading/redflags.py _cancer_theirs_for_mine): "does his
#: cancer mean mine could be something", "could her cancer mean my back pain is serious" -- their possessive just before the
#: cancer word (CANCER_THEIRS) and the writer's own after it (CANCER_FOR_MINE); not "could her cancer be causing it" (a carer's
#: patient)
CANCER_THEIRS = ("his", "her", "their", r"(?:dads|mums|moms|fathers|mothers|brothers|sisters|grandads|grandmas|nans|uncles|aunts|aunties)",)
CANCER_FOR_MINE = ("mine", r"my own", r"my (?:own )?(?:lower )?(?:back|backache|back pain|pain|aches?)",)
CANCER_BACK = (r"(?:(?:could|might|may|must|will|would|has|have|had|is|be|been|already|now|actually) ){0,3}?"
               r"(?:(?:is|be|been|come|coming|came|comes) back|back again|return\w*|recur\w*|relaps\w*|spread\w*)",)
#: right after the cancer word: "cancer scare", "cancer test"
CANCER_NOT_AFTER = ("scare", "test", "screening", "ruled out", "could be", "might be", "may be",
                    # heredity asked (session 19m): "is cancer hereditary?", "does bone cancer run in families"
                    r"(?:(?:is|be) )?(?:hereditary|genetic|inherited|inheritable)", r"runs? in (?:the )?famil\w*")
#: someone who died of it is not the one typing: "died of cancer", "lost her to cancer"
CANCER_DIED_BEFORE = (r"(?<!nearly )(?<!almost )(?:died|passed away|passed|dying|lost (?:him|her|them)) (?:of|from|to|with)(?: \w+)?",
                      # "went with it", Northern "went wi", "gone with" (session 26G): died of it, the subject a relative
                      # ("me dad and two of me brothers all went wi cancer"; not "the pain went with", "i went with")
                      r"(?<!pain )(?<!ache )(?<!it )(?<!that )(?<!this )(?<!which )(?<!i )(?<!we )(?:went|gone|go|goes) (?:wi|wiv|with|of)(?: \w+)?",
                      # the death first, the illness after the comma (session 18f): "my mum passed last year, breast cancer"
                      r"(?<!nearly )(?<!almost )(?<!i )(?:died|passed away|passed)(?! out)(?: \w+){0,3}? ,(?: \w+)?")
CANCER_DIED_AFTER = (r"(?:killed|took) (?:him|her|them)",)

# ---- weight loss ----
WEIGHT = ("weight", "wieght", "wheight", "weigth", r"kilos?", r"kgs?", r"kilograms?", "pounds", r"lbs?", r"stones?")
#: a limb that got thin is wasting, not weight lost: "my right calf has gone all skinny"
WASTING_PART = ("calf", "calves", "thigh", "thighs", "leg", "legs", "arm", "arms", r"muscles?", r"buttocks?", "shin", "foot")
#: a part of the body that thins, not the body (session 31AJ; bot/reading/redflags.py _part_grown_thin): "my skin is getting
#: thin", "my lips have got thinner", "the skin on my back is getting thinner" (the part as the subject of the thinness word,
#: THIN_WORD, no "i" between: "my skin is loose ive gone so thin" stays a loss)
THIN_PART = ("skin", "hair", "nails", "lips", "eyebrows", "lashes", "eyelashes", "bones", "blood", "cartilage", "gums", "scalp")
THIN_WORD = (r"thin\w*", "skinny", "skinnier")
#: clothes that hang loose (also: "my jeans are falling off me" is weight, not a fall)
CLOTHES = ("jeans", "trousers", "pants", "clothes", "belt",
           # ... shirts, dresses, skirts, Scots "troosers" (session 35D): "my shirts are hanging off me", "me troosers fall doon"
           r"shir[t]s?", r"dres[s](?:es)?", r"skir[t]s?", r"troo?ser[s]")
#: a weight loss taken up again as the one told before (bot/reading/redflags.py _told_again, session 26C): "losing the weight",
#: "all that weight loss", "those pounds"
WEIGHT_TOLD_AGAIN = (r"(?:the|that|this|those|these|all that|all this|all the|all those) (?:\w+ )?(?:weight|weightloss|stone|pounds|lbs|kilos?|kgs?)",)
TOO_LOOSE = ("falling off", "fall off", "fell off", r"hang(?:s|ing)? off", "too big", "too loose",
             # down over the hips (session 23L): "my jeans keep falling down"
             r"(?:falling|fall|fell|slipping|slip|sliding|slid[e]) down",
             # Nigerian Pidgin (session 23Q): "my trousers dey fall", "my trouser don dey loose"
             r"(?:dey|don|don dey) (?:fall|loose|slac[k]|big)",
             # ... sliding off the hips, dropping down (session 29O): "my trousers are sliding off my hips", "my work pants keep
             # dropping down"
             r"(?:sliding|slid[e]|slid[e]s|slid|slipping|slip|slips|slippe[d]) off (?:my|me|the) hips", r"(?:dropping|drops|droppe[d]) down",
             # told in dialect (session 35D): "my clothes are dropping off me", Jamaican "mi clothes dem a drop off a mi", Scots "hingin
             # aff me", "swimming on me", "baggy on me" (not "too tight")
             r"(?:dropping|droppin[g]|drop|drops|droppe[d]|hang\w*|hing\w*|fa[l]{1,2}\w*) (?:off|aff|of[f]a|doo[n])",
             r"(?:swimmin[g]|swim|swim[s]|bagg[y]|loose|hang\w*) on (?:me|mi|my body|my fram[e])")
NEW = ("new", "extra", "another", "more")
HOLES = (r"holes?", r"notch\w*")
#: the belt at its last hole: "belts on the last notch"
LAST_HOLE = (r"(?:last|tightest|smallest|final) (?:notch|hole)",)
BELT = ("belt",)
#: weight lost on purpose, near the finding (regex alternatives; not when negated)
INTENT = (r"diet\w*", "on purpose", r"deliberate\w*", r"watch(?:ing)? what i eat", "intentionally", "trying", "tried", "try", r"want\w*", "need to",
          "needs to", "have to", "should", "gym", r"exercis\w*", r"sport\w*", "running", "fasting", "ozempic", "wegovy",
          "mounjaro", "healthier", "fitness", "weight watchers", r"calorie\w*", "program", "hope")  # fmt: skip
#: weight loss told as an act, a remedy asked about or advised ("does losing weight help back pain?", "would losing weight
#: help my back", "weight loss is good for backs"): the act (how the match opens), not going on (just before it), and a
#: helping word in its clause (bot/reading/redflags.py _weight_as_remedy)
WEIGHT_AS_ACT = (r"(?:losin[g]|lose|loosin[g]|loos[e]) (?:(?:a bit of|some|a littl[e]|a few|a coupl[e] of|the|extr[a]|exces[s]) )?(?:weigh[t]|kilo[s]?|pound[s]|stone[s]?|lbs)",
                 r"weight ?loss")
WEIGHT_ONGOING = (r"(?:been|am|im|i m|was|were|keep|kept|still|started|start|be|getting|steadily|slowly|rapidly|quickly|fast"
                  r"|suddenly)",
                  # "she is losing weight", not the question "is losing weight good for ..."
                  r"(?<=\w )(?:is|are)")
#: a pronoun that takes the act up again after a comma: "losing weight, would that help?"
WEIGHT_RESUMED = (r"(?:does|would|will|could|can|is|might) (?:that|it|this)", r"(?:that|it|this) (?:\w+ )?")
WEIGHT_REMEDY = (r"help\w*", r"(?:good|better|best|great|beneficial) for", r"take (?:\w+ )?(?:pressure|strain|load|weight) off",
                 r"ease\w*", r"relieve\w*", r"reduce\w*", r"fix\w*", r"cure\w*", r"make (?:a |any )?difference",
                 r"worth it", r"improve\w*", r"recommend\w*", r"advis\w*", r"suggest\w*",
                 # or asked about as a cause (session 16d): "does losing weight fast do that??", "can losing weight cause back pain"
                 r"caus\w*", r"do (?:that|this|it)", r"give (?:you |u |me |people )?(?:a )?(?:bad )?(?:back ?ache|back pain|sore back|bad back)",
                 r"lead to", r"trigger\w*", r"weaken\w*",  # "is it the weight loss weakening my back" (session 21e)
                 # ... or as making the back worse (session 34S): "could losing weight be making my back worse?", "is weight
                 # loss bad for the spine", "does losing weight aggravate back pain" ("losing weight and its worse" splits at "and")
                 r"(?:mak\w*|mad[e]) (?:\w+ ){0,3}?(?:worse|wors[e]n)", r"wors[e]n(?:in[g]|s|e[d])?",
                 r"aggravat\w*", r"(?:bad|worse) for",
                 # hoped to mend the back (session 20b): "thought losing the weight would sort it??"
                 r"(?:would|will|should|might|could|to) (?:\w+ )?(?:sort\w*|solv\w*) (?:it|me|that|this|things|my back)\b",
                 # "is that from the weight loss or just bad technique?" (session 19h)
                 r"(?:is|was|could|would|can|might) (?:that|it|this|the pain|my back|my back pain|the back pain) (?:\w+ )?(?:be )?"
                 r"(?:from|due to|because of|down to|caused by)")
#: ... unless the sentence says it is not on purpose: "scales at the gym say 8 kilos less, not trying to lose"
UNINTENDED = (r"not (?:even )?trying", "without trying", r"(?:havent|have not|wasnt|was not) (?:been )?trying", r"not (?:even )?dieting",
              "not on a diet", "not on purpose", "no idea why", r"(?:dont|do not) know why",
              # "dont know why", "not sure why" are read "unsure why" (session 31AJ): of the loss, at the clause's end or told of it,
              # not of the pain ("slimming world ... so no idea why its worse" is on purpose)
              r"unsure why(?= ?[,.!?]|$| (?:im|i am|ive|i have|i keep|i)(?: been)? (?:\w+ )?(?:losing|lost|slimmin[g]|slimme[d]|dropping|dropped"
              r"|shedding|gettin[g] (?:\w+ )?(?:thin\w*|slimme[r]|lighte[r]|skinn\w*)))",
              # nothing changed (session 18): "even though i eat the same as always and do zero exercise"
              r"zero (?:exercise|sport|gym|effort)", r"(?:eat|eating|ate) (?:\w+ ){0,4}?(?:the same as (?:always|ever|usual|before)"
              r"|as (?:always|usual|normal)|like (?:always|normal|i always do))",
              # not trying told in dialect (session 35D): Jamaican "mi nuh try fi lose none", "no tryin", "neva try"
              r"(?:nuh|nah|no|neva|never) (?:even |eve[n] )?(?:try|tryin[g]|trie[d])",
              # ... or with "aint" / "ent" (session 44X): "i ent try to lose nothing", "aint tried to lose none", "didnt try nothing"
              r"(?:aint|ain t|ent|aint even|ent even) (?:try|tryin[g]|trie[d])",
              r"(?:didnt|did not|dont|never|neva) (?:even )?(?:try|tryin[g]|trie[d])(?: (?:to|fi) lose)? (?:nothing|none|nada)",
              # the same food (session 35D): "i eat the same", "mi a nyam same way", "my appetite is the same"
              r"(?:eat|eating|ate|nyam|nyamin[g]) (?:\w+ ){0,3}?(?:the )?same(?: way| as ever| amount| food)?(?= ?[,.!?]|$| (?:and|an|but|yet|still)\b)",
              r"appetite (?:is |s |has been |hasnt changed|has not changed|the same|same|normal|fine)")  # fmt: skip
#: weight lost on purpose or explained, anywhere in the sentence: only cues that name the intent
#: ({MORE_RATHER} ... {GAINED}: more gained than lost)
INTENT_STRONG = (
    # weight put on is no weight lost (session 21c): "if anything ive put weight ON", "i have gained a few pounds" (the
    # patient's own, told done: not "cant put on weight", "trying to put on weight", "put weight on my leg")
    r"(?:ive|i have|i ve|i|weve|if anything) (?:actuall[y] |even |probabl[y] |prob |def |definitel[y] |if anything |just )?(?:put|pile[d]|gaine[d])"
    r" (?:on )?(?:\w+ )?(?:weight|pound[s]|kilos?|lbs|a ston[e])(?: on)?\b(?! (?:my|me|the|it|that|this|your|his|her|either|each)\b)",
    r"on a cut\b", r"(?:started|been|am|im|i m) cutting\b(?! (?:out|down|back))",  # a cutting phase (session 19h)
    r"diet\w*", "on purpose", r"deliberate\w*", "intentionally", r"(?:trying|tried|try) to (?:lose|slim|get|eat|be)",
    r"watch(?:ing)? what i eat",
    r"gastric (?:sleeve|band|bypass|balloon)", "bariatric", r"weight ?loss (?:surgery|op|operation)", r"(?:the )?whole point",
    "gym", r"exercis\w*", r"sport\w*", "running", "fasting", "ozempic", "wegovy", "mounjaro", "healthier", "fitness",
    "weight watchers", r"slimming\w*", r"ww", "noom", "cambridg[e] diet", "lighter life", r"calorie\w*", "keto", "low carb", "eating less", "express",
    r"(?:cutting|cut|cuttin) (?:out|down on|back on) (?:\w+ )?(?:sugar|carbs|bread|sweets|alcohol|booze|beer|crisps|snacks"
    r"|takeaways?|junk|chocolate)",
    r"(?:proper|really|properly|been) trying(?= [.,]|$)",
    r"trying to(?= [.,]|$)",
    # a choice that explains it: "dropped 3 kilo just from no pints", "sober october", "off the booze"
    r"(?:from|by|through|since) (?:no|not|cutting|quitting|giving up|stopping|less) (?:the |my |on |out )?(?:\w+ )?(?:pints?"
    r"|beers?|booze|alcohol|drink|drinking|wine|lager|takeaways?|sugar|chocolate|crisps|snacks|bread|carbs|sweets|junk|cakes?)",
    r"sober (?:october|january|for)|dry (?:january|july|month)|teetotal|off the (?:booze|drink|beer)",
    r"(?:stopped|quit|gave up|giving up) (?:the )?(?:drinking|booze|drink|alcohol|beer|sugar|takeaways)",
    # lost gladly: "well chuffed", "over the moon" (not when negated)
    r"chuffed|over the moon|(?:pleased|happy) with (?:it|that|myself)",
    # explained: after a baby, or more gained than lost
    "baby", r"pregnan\w*", "gave birth", "giving birth", "breastfeeding",
    r"(?:for|before) (?:our|my|the|a) wedding", r"(?:the |my |our )(?:whole )?plan", "planned",
    r"{MORE_RATHER} (?:\w+ ){0,2}?{GAINED}",
    # lost with help and gladly (session 18): "lost 11 kg with my coach and a new eating plan, so proud", "with the
    # dietitian", "eating balanced now" (the words bracketed out of the typo reader's vocabulary)
    r"(?:with|from|thank[s] to|via|through) (?:my|me|a|the|our|an) (?:\w+ )?(?:coac[h]|traine[r]|pt|dietit[i]\w*|dietic[i]\w*"
    r"|nutritionis[t])\b", r"(?:eating|meal|food) pla[n]", r"(?:eating|eat|ate) (?:\w+ )?(?:bette[r]|healthie[r]|health[y]|balance[d]"
    r"|clea[n])\b", r"prou[d]",
    # weight put on is no weight lost (session 18): "had to let out another notch on my belt, put on weight"
    r"(?<!cant )(?<!couldnt )(?<!wont )(?<!to )(?:(?:put|puttin[g]|pile[d]|pilin[g]) on|gained|gainin[g]) (?:\d+ |some |a bit of |a lot of |a few )?(?:weight|kilos?|pounds|lbs|stones?)",
    # regained: "lost 3 kilo with a bug but its all back on now"
    r"(?:its|it is|all|put (?:it|them|the weight)) (?:\w+ )?back on", "regained", r"gained (?:\w+ )?back",
    # a programme or a goal named (session 20b): "started crossfit and lost 9 kg, goal reached", "finally hit my target weight"
    r"cros[s] ?fi[t]", r"(?:hit|hittin[g]|reache[d]|reac[h]|made|achieve[d]|smashed|at) (?:my |me |the )?(?:goal|targe[t])(?: weight)?",
    r"goal (?:weight|reache[d]|achieve[d]|met|hit|smashed)", r"targe[t] weight", "as planned", "noom",
)  # fmt: skip
#: a weight loss told meant (session 33E): on weight-loss medication ("lost 10 kg on semaglutide", "down 12 kg on the fat
#: jabs"; not bare "the jabs": a vaccine's) or told intended ("it was intentional", "fully intended")
_MEANT_33E = (r"semaglutid[e]", r"tirzepatid[e]", r"liraglutid[e]", r"saxend[a]", r"zepboun[d]",
              r"(?:weight ?loss|slimmin[g]|fat|skinny|diet) (?:jab[s]?|injection[s]?|pen[s]?|shot[s]?)", r"intentiona[l](?:ly)?",
              r"(?:fully|totally|completely|entirely|very much|all|100) intende[d]")
INTENT += _MEANT_33E
INTENT_STRONG += _MEANT_33E
#: an intent cue whose comparison with before is denied just after it (session 42D, bot/reading/redflags.py _intent_in): the
#: sport or the diet no more than it was is no reason for the loss: "7 kilos lighter, exercise no more than usual", "gym the
#: same as always" (not "no more than 1200 calories": the comparison is with before; "since i run more" stays a reason)
INTENT_DENIED_AFTER = (
    r"(?:no|not|not any|never|nothing|none) (?:more|extra|harder|longer|further|oftener)(?: \w+)? than (?:usual|normal|normally"
    r"|before|ever|always|previously|i used to|i usually do|i normally do|i always do|i always have|i did|last year|in the past"
    r"|it used to be|it was)\b",
    r"(?:the )?same as (?:always|usual|ever|before|normal|last year)\b",
)
#: a weight loss taken up in the next sentence as meant (session 33E, bot/reading/redflags.py _PURPOSE_OPENING): "... . the
#: weight loss is all on purpose", "... . that was deliberate", "... . its intentional"
WEIGHT_PURPOSE = (r"on purpose", r"deliberat[e]\w*", r"intentiona[l](?:ly)?", r"(?:fully|totally|completely|entirely|very much|all|100) intende[d]")
MORE_RATHER = ("rather", "more")
GAINED = ("gained", "put on")

# ---- night pain ----
NIGHT_PAIN_WORD = ("pain", "hurts", "hurting", r"aches?", "aching", "throbs", "throbbing", "it")
#: pain even lying still
LYING_STILL = (r"even (?:when )?(?:lying|lie|i lie|im lying) still",
               # ... the night or the bed told before it (session 28C): "even at night lying still it never eases", "even in bed when i lie still"
               r"even (?:at night|in bed|in the night|overnigh[t])(?: ,)? (?:when |while )?(?:lying|lie|i lie|im lying|layin[g]|i lay) (?:completely |totally |dead )?still",)
#: the night and what persists through it (Dutch-shaped patterns only)
AT_NIGHT: tuple = ()
PERSISTENT: tuple = ()
#: the words of persistence at night that tell no pain: a temperature may follow them (session 47R10, bot/reading/redflags.py
#: NOT_PERSISTING_READING): "at night constantly 39"
PERSISTENT_ONLY = ("constant", "constantly", "continuous", "all the time")
#: pain that only comes with a change of position, or that goes away, is mechanical (regex alternatives)
MECHANICAL = (
    "when i turn", "turning over", "turn over", "roll over", "rolling over", "change position", "changing position",
    r"(?:roll|rolls|rolled|rolling|turn|turns|turned|turning) (?:onto|on to|on) (?:my |that |the |one )?(?:\w+ )?side",
    # ... shifted or rolled onto one side or hip (session 32AY): "it wakes me when i shift onto my bad side", "roll onto my left hip"
    r"(?:shift|shifts|shifte[d]|shiftin[g]|roll|rolls|rolled|rolling|turn|turns|turned|turning) (?:over )?(?:onto|on to|on)"
    r" (?:my |that |the |one )?(?:\w+ )?(?:side|hip)",
    # ... or went from one lying position to another (session 34S): "only when i go from my side to my back", "as i shift from
    # lying on my front onto my back"
    r"(?:shift|shifts|shifte[d]|shiftin[g]|go|goes|goin[g]|wen[t]|get|gets|gettin[g]|mov[e]|move[s]|move[d]|movin[g]|roll|rolls|rolle[d]|rollin[g]"
    r"|turn|turns|turne[d]|turnin[g]|switc[h]|switche[s]|switche[d]|switchin[g]) from (?:\w+ ){0,3}?(?:side|back|fron[t]|stomac[h]|bell[y]|tumm[y])"
    r" (?:to|onto|on to|over to)\b",
    "when i move", "lie on", "lying on", "on my side",
    # relief: "it goes away when I lie down"
    r"(?:pain|it) (?:is |has )?(?:gone|goes away)",
)  # fmt: skip
#: fine right before "whichever way i lie" is no night pain: "in bed its totally fine whichever way i lie"
NIGHT_FINE = (r"(?:totally |completely |absolutely |perfectly |really )?(?:fine|ok|okay|comfy|comfortable|no pain|pain free)",)
#: sleep told good, after a night cue: "doesnt matter how i lie, i sleep well" (session 17)
SLEEP_FINE = (r"(?:i|and) (?:still |do |actually )?sleep (?:really |very |pretty )?(?:well|fine|ok|okay|great|like a log|like a baby)",
              r"(?:no|zero) pain(?: at all)?")
#: the person's own sleep told sound (bot/reading/redflags.py _sleep_told_sound, session 33D): after a night pain told by someone
#: else or in general, "i sleep like a log", "i sleep right through", "my nights are fine" tells the person's own night fine
SLEEP_SOUND = (r"(?:i|and i|i still|i do|i actually|me i) (?:sleep|slept) (?:like a (?:log|baby|rock|top|stone|dream)|soundly|right through"
               r"|through the night|the whole night|all night long|fine|well|great|perfectly|really well|very well|ok|okay)",
               r"(?:my )?nights are (?:fine|good|great|peaceful|calm|no problem)")
#: ... unless the pain is there at rest or all night
NIGHT_STRONG = (r"even (?:when )?(?:lying|lie|i lie|im lying) still", "at rest", r"constant\w*", "whatever",
                "any position", "any side", "no position",
                # ... "not one position", "there isnt a single position that" (session 31AN)
                r"(?:not|isnt|wasnt) (?:one|a single|a) (?:single )?(?:position|way to lie) (?:that|which|where)\b", "nomatter", r"keeps? me", "all night", "whichever",
                r"nothing (?:helps|works|eases it|settles it|touches it|shifts it|take[s] the edge off)", r"never lets? up",
                # ... told not to settle (session 34S): "it wakes me every night and doesnt settle, worst going from my side to my back"
                r"(?:doesnt|does not|dont|do not|wont|will not|didnt|did not|never) (?:\w+ )?settl[e]\b",
                # ... the progressive and the relief named (session 24S): "nothing is helping", "nothing gives any relief"
                r"nothing (?:is |was )?(?:helpin[g]|workin[g]|give[s] (?:any |me |much )?relie[f]|givin[g] (?:any |me |much )?relie[f])",
                # ... in any tense (session 20a): "pillow under knee, nutten work"
                r"(?<=, )(?:nothing|nutte[n]|nutt[n]) (?:help|helpe[d]|work|worke[d])\b",
                r"(?:stay[s]|staye[d]|remain[s]|remaine[d]) (?:\w+ ){0,2}?(?:the same|as bad|as stron[g]|as sore) (?:\w+ ){0,2}?(?:till|until|til)"
                r" (?:the |my )?(?:alar[m]|mornin[g])",
                r"(?:exactly|just) the same", "the whole night", "whole night", "no let up",
                r"nothing (?:\w+ )?change[sd]? (?:anythin[g]|a thin[g]|it|a bit)",  # session 18f
                # ... turning over is no help, the sleep lost (session 32BB): "i cant get back to sleep even on my other side", "it
                # takes me hours to drop off again", "rolling over doesnt help", "i lie awake for hours"
                r"(?:cant|cannot|can not|couldnt|unable to|never) (?:\w+ )?(?:get back to sleep|get back off|fall back asleep"
                r"|go back to slee[p]|drop back off|drif[t] back off|(?:get|fall|drop|drif[t]|go) (?:to sleep|asleep|off|to slee[p]) agai[n]|sleep agai[n])",
                r"(?:takes?|took|takin[g]) (?:me )?(?:hours|ages|forever|an hour|a good hour) (?:\w+ )?(?:to|before i) (?:get back to sleep|get back off"
                r"|fall back asleep|drop back off|drif[t] back off|(?:get|fall|drop|drif[t]|go) (?:to sleep|asleep|off) agai[n]|sleep agai[n])",
                r"(?:lie|lay|lying|layin[g]|stay|stayin[g]|am|be|im) (?:wide )?awake (?:for )?(?:hours|ages|half the night|the rest of the night|till|until|til)\b",
                r"(?:turnin[g]|rollin[g]|changin[g] sides?|other side|over) (?:\w+ ){0,3}?(?:doesnt|does not|dont|do not|didnt|wont|never)"
                r" (?:help|make any differenc[e]|change anythin[g]|do anythin[g])", r"(?:turnin[g]|rollin[g]|over) (?:\w+ ){0,2}?change[sd]? nothin[g]",
                # the tries listed, then nothing (session 17e): "i turn over, pillow between my knees, get up, nothing"
                r"(?<=, )nothing(?= ,| \.|$)",
                # ... or "zilch", and the pain that holds till morning (session 19j)
                r"(?<=, )(?:zilch|nada|zip|sod all|bugge[r] all|nowt|nothing at all|f all|naff all|jack all|diddl[y] squa[t])(?= ,| \.|$)",
                r"(?:let up|ease off|ease up|let go|settle|go away|calm down|die down|ease) (?:\w+ ){0,2}?(?:till|until|til|before) (?:the )?mornin[g]",
                # every way of lying (issue 12): "i can lie however i want, on my side, on my back, it doesnt go away"
                r"(?:lie|lay|sleep|lying) (?:down )?(?:however|any way|anyway|any which way|how ever)"
                r" (?:i|you) (?:want|like|choose|please)",
                # the position makes no difference (session 16): "flat, on my side, in the chair, makes no odds"
                r"(?:on my (?:side|back|front|belly|tummy)|flat|in the chair|in a chair|sitting up),? (?:\S+ ){0,6}?"
                r"(?:makes? no (?:odds|differenc[e])|(?:doesnt|does not|dont) make (?:any |a bit of )?differenc[e])")  # fmt: skip
#: every lying position tried, none eases it (session 23L; bot/reading/redflags.py _SHARED_NIGHT): "whether i lie straight
#: or on my side, no relief", "ive tried flat, side, a pillow under my knees, the recliner, nothing takes the edge off", "doesnt
#: matter if im on me back, me side, curled up, nowt shifts it" (two positions named; not "lying on my side helps", "a
#: pillow between my knees sorts it")
#: ... the lying or the night told before the positions (a few words between)
NIGHT_SCENE = (r"lie", r"lying", r"lay", r"layin[g]", r"layin[g]", r"sleep", r"sleepin[g]", r"sleepin[g]", r"slep[t]", r"in bed",
               r"nights?", r"night ?time", r"at night", r"bedtim[e]",
               # ... or putting oneself in a position (session 26D): "i get on my back, my side, ...", "i put myself flat"
               r"(?:i|id|ill) (?:go|get)(?= on\b)", r"put myself", r"get myself", r"position myself", r"settle myself")
#: waking from sleep, a night told too (session 26G, bot/reading/redflags.py _night_told_positional): "it wakes me when i roll over"
NIGHT_WAKING = (r"wake[s]?", r"wakin[g]", r"wok[e]", r"woke[n]", r"wakey")
#: ... or the tries, right before the first position
POSITION_TRIED = (r"tried", r"try", r"trying", r"tryin[g]", r"trie[s]", r"whether (?:i|im|i am)", r"(?:doesnt|does not|dont|no) matte[r] (?:if|whethe[r]) (?:i|im|i am)",
                  r"either")
#: a position of the body in bed or at rest ("me side": Northern, Irish, Australian "me" = my)
NIGHT_POSITION = (r"flat", r"straight", r"curled(?: up)?", r"propped(?: up)?", r"sitting up", r"uprigh[t]", r"on all four[s]",
                  r"(?:in )?(?:the )?(?:foeta[l]|feta[l]) position", r"on (?:my |me |ma |the )?back",
                  r"(?:on )?(?:my|me|ma|the|one|either) (?:left |right )?(?:side|front|belly|tummy|stomac[h])",
                  r"(?:left |right )?sides?", r"on (?:my|me) (?:left|right)",
                  r"(?:in |on )?(?:the|a|my|me|his|her) (?:recline[r]|sette[e]|sofa|couc[h]|armchai[r]|chair|floor|lazy ?boy)",
                  # ... another's side, the bed, a heat as a try (session 31AF): "on his side", "the bed, a hot water bottle, nothing helps"
                  r"on (?:his|her) (?:left |right )?(?:side|back|front|belly|tummy)", r"(?:in |on )?(?:the|my|me|his|her) bed",
                  r"(?:with )?(?:a|the|my|me|his|her) (?:heat(?:ing)? pa[d]|heat pac[k]|hot water bottl[e]|whea[t] ba[g]|electri[c] blanke[t]|heat wra[p])",
                  r"(?:a |the |with a |with )?pillows? (?:under|between|behind) (?:my |me |the )?(?:knees|legs|back)")
#: ... and then nothing eases it
NO_RELIEF = (# ... nothing makes it less, a bare "nothing" between commas (session 31AF): "nothing makes it any easier", "..., nothing, it throbs"
             r"(?:nothing|none of (?:it|them|that|those)|nowt) (?:\w+ )?(?:make[s]|mad[e]) (?:it|the pain|the ache|him|her) (?:any |a bit |a little |one bit |much )?"
             r"(?:less|better|easie[r]|bearabl[e]|smalle[r]|lighte[r]|milde[r]|go away|let up|stop)\b",
             r"(?<=, )(?:nothing|nothing at all|nothing whatsoever|zilch|nada)(?= ,| \.|$)",
             r"nothing (?:\w+ )?(?:helps|helpe[d]|works|worke[d]|eases it|ease[d] it|settles it|touches it|touche[d] it|shifts it|shifte[d] it"
             r"|take[s] the edge off|took the edge off|take[s] it away|give[s] (?:any |me )?relie[f]|change[s]|make[s] (?:a |any )?differenc[e])",
             # the progressive, as Indian and West African English tell it (session 24S): "nothing is helping", "nothing is
             # giving relief", "nothing was working"
             r"nothing (?:is|was|seem[s]|seem[s] to be) (?:reall[y] |actuall[y] )?(?:helpin[g]|workin[g]|easin[g] it|settlin[g] it|touchin[g] it"
             r"|givin[g] (?:any |me |much )?(?:relie[f]|comfor[t])|makin[g] (?:a |any )?differenc[e]|changin[g] anythin[g])",
             r"(?:nowt|nough[t]|naugh[t]|none of (?:it|them|that|those)|neither) (?:\w+ )?(?:helps|helpe[d]|works|worke[d]|shifts it|shifte[d] it"
             r"|eases it|touches it|take[s] the edge off|make[s] (?:a |any )?differenc[e]|does owt|does anything|change[s] owt|does a thing)",
             r"(?:no|not any|zero|never any|not a bit of|not much|little or no) relie[f]",
             r"(?:no|not a bit of|not any) (?:differenc[e]|change|use|good)", r"makes? no (?:odds|differenc[e])",
             r"(?:doesnt|does not|dont|do not|didnt|did not|wont|will not) (?:\w+ )?(?:help|work|ease (?:it|off|up)|shift it|budge|touc[h] it"
             r"|make (?:a |any |a bit of )?differenc[e]|take the edge off|let up|let (?:me )?go|go away)",
             r"(?:(?:it|the pain|pain|the ache) (?:is )?|its |(?<=, ))still (?:there|the same)", r"(?:same|no better) (?:either way|any way|whichever way)",
             # ... never eased (session 26D): "it never settles", "the pain never lets up", "nothing doing"
             r"(?:it|the pain|pain|the ache|that) (?:just |still )?never (?:eases|settles|calm[s]|lets up|lets go|lets me be|goes away|stop[s]"
             r"|eases off|eases up|calm[s] down|settles down|dies down|shifts|budge[s]|improve[s]|gets better|lets off)",
             r"(?<=, )(?:no joy|no luck|nothing doing|nothing for it|no dice)(?= ,| \.|$)")

#: a cancer history (English-shaped patterns; the cancer word itself is the engine's {CANCER_WORD})
CANCER_PATTERNS = (
    r"\btumou?rs?\b|\btumer\b|\bmalignan\w*|\bcarcinom\w*|\blymphom\w*|\bleuka?emi\w*|\bmyelom\w*",
    r"\bmelanom\w*|\bsarcom\w*|\bmetasta\w*|\bmets\b|\bchemo\w*|\bradiotherap\w*",
    r"\bradiation (?:therapy|treatment)\b|\boncolog\w*|\bin remission\b|\bhodgkin\w*",
    # told by its treatment (session 17): hormone therapy for the prostate or a breast ("hes been on the hormone
    # injections for his prostate"; not "hormone injections for ivf"), and the cancer drugs by name (the same in nl/fr)
    r"\bhormon[e] (?:injections?|jabs?|shots?|therapy|treatment|tablets?|pills?|implan[t]s?) (?:\w+ ){0,3}?(?:prostate|breas[t])\b",
    r"\b(?:prostate|breas[t]) (?:\w+ ){0,2}?hormon[e] (?:injections?|jabs?|shots?|therapy|treatment|tablets?|pills?|implan[t]s?)\b",
    r"\btamoxif\w*|\bletrozol\w*|\banastrozol\w*|\bexemestan\w*|\bzoladex\b|\bgoserelin\w*|\bbicalutamid\w*"
    r"|\benzalutamid\w*|\babirateron\w*|\bherceptin\b|\btrastuzumab\b|\bdecapeptyl\b",
    # told by its operation (session 17e): the prostate or a breast lump out ("had the prostate done 4 yr ago, all
    # clear"; not "prostate checked", "had my knee done"), and the operations by name (the same in nl/fr)
    r"\b(?:had|got|have had|having|get) (?:my |the |his |her |a )?prostat[e] (?:\w+ )?(?:done|out|remove[d]|take[n] out|operate[d] on)\b",
    r"\bprostat[e] (?:was |got |been |glan[d] )?(?:remove[d]|take[n] out|cut out)\b",
    r"\b(?:lump|lump[s]|growt[h]) (?:\w+ )?(?:out of|remove[d] from|take[n] from|cut out of|out from) (?:my |the |her |his |a )?"
    r"(?:breas[t]|boob|boob[s]|bowel|prostat[e])\b",
    r"\bmastectom\w*|\blumpectom\w*|\bprostatectom\w*|\btumorectom\w*",
)

#: weight loss (English-shaped patterns)
#: the two numbers of a weight told from one to the other (the engine compares them; session 21c)
#: ... and "now X while i was Y" (session 21e): "71 kilos now when i was 78 in september"
#: ... and "i was X, now Y" told plainly or in broken English (session 40B): "i was 84 now 76", "before i was 95 kg, now i am 86",
#: "my weight before 84 kilo now only 76", "i weighed 13 stone and now 11 stone" (a bare number only of a body's weight, 40 to 399,
#: so no pain score or age: "the pain was 8 now 6"; no other unit after: "i was 20 minutes now 10"; one gone up is no loss)
_BODY_NUMBER = r"(?:[4-9]\d|[1-3]\d\d)(?:poin[t]\d+)?"
_WEIGHT_UNIT = r"(?:kgs?|kilo[s]?|kilogram[s]?|lbs?|pound[s]|stone[s]?|st)"
_WAS_NOW = (r"\b(?:(?:i|me|my weigh[t]|weigh[t])(?: (?:was|weighe[d]|weig[h]|were|used to be|used to weig[h]))(?: (?:befor[e]|earlie[r]|firs[t]|once|then))?"
            r"|(?:my )?weigh[t] (?:befor[e]|earlie[r]|firs[t])|befor[e](?: ,)? (?:i|me) (?:was|weighe[d]|weig[h]|were)"
            # a bare "before" with the weight's unit after its number (not "pain before 80 now 60", a score out of 100)
            r"|befor[e](?= (?:\w+ ){1,2}" + _WEIGHT_UNIT + r"\b))"
            r" (?:at |aroun[d] |abou[t] |like |almos[t] |nearl[y] |over )?(?P<was>" + _BODY_NUMBER + r"|{WEIGHT_NUMBER}(?= " + _WEIGHT_UNIT + r"\b))"
            r"(?: " + _WEIGHT_UNIT + r")?(?: ,)?(?: (?:and|but|an|n))?(?: ,)? (?:now|toda[y]|nowaday[s]|thes[e] days|currentl[y])(?: ,)?"
            r"(?: (?:i am|im|i m|i|me|only|just|abou[t]|aroun[d]|like|almos[t]|unde[r]|barel[y]|is|its|it is|i weig[h]|weig[h]|at|down to|stil[l]|alread[y])){0,3}"
            r" (?P<now>" + _BODY_NUMBER + r"|{WEIGHT_NUMBER}(?= " + _WEIGHT_UNIT + r"\b))(?: " + _WEIGHT_UNIT + r")?\b"
            r"(?! (?:min\w*|hour[s]?|hrs?|second[s]?|secs?|meter[s]?|metre[s]?|m|km|mile[s]?|step[s]?|degree[s]?|percen[t]|cm|mm|year[s]?|yrs?|time[s]?|bpm|mg|ml)\b)")
WEIGHT_FROM_TO = (r"\bfrom (?P<was>{WEIGHT_NUMBER})(?: \w+)? (?:to|down to|til[l]|until) (?P<now>{WEIGHT_NUMBER})\b",
                  r"\b(?P<now>{WEIGHT_NUMBER}) (?:kgs?|kilo[s]?|lbs?|pound[s]|stone[s]?|st)(?: now)?(?: ,)? (?:when|whil[e]|where[a][s]|but|and) (?:i )?(?:was|weigh[e][d]|used to be|used to weig[h]) (?:stil[l] )?(?:\w+ ){0,2}?(?P<was>{WEIGHT_NUMBER})\b",
                  _WAS_NOW)
#: the kilos of a strength or a load, not of the body (session 21c): "my leg strength went from 30 to 18 kilo"
NOT_BODY_WEIGHT = (r"strengt[h]", r"grip", r"lift\w*", r"carr[y]\w*", r"press", r"squat\w*", r"deadlift\w*", r"bench", r"dumbbell\w*", r"weights")
#: a sign read from a video or a page (session 21c): "saw a tiktok saying if ur losing weight its cancer"
HEARSAY = (r"(?:tiktok|tik tok|video|vid|youtube|youtuber|reel|insta|instagram|facebook|article|googl[e]|online|internet|podcast|forum"
           r"|reddit)(?: \w+){0,3}? (?:saying|says|said|claiming|claims|reckons|reckoned)",
           # read or heard (session 22): "i read that losing weight is a red flag", "ive heard online that ..."
           r"(?:read|heard|reading|hearing|googled)(?: (?:online|somewhere|on \w+|in \w+|\w+ \w+ online))? (?:that|saying)",)
#: ... read or heard everywhere (session 39F): "i read everywhere that night pain is a bad sign", "ive heard all over the internet
#: that ...", "everywhere i look it says ..."
HEARSAY += (r"(?:read|heard|hear|reading|hearing|seen|saw|see|seein[g])(?: (?:it|this))? (?:everywher[e]|all over (?:the (?:internet|place|web)|online)"
            r"|in (?:lots|loads|plenty) of place[s]|on (?:every|all the) (?:site|websit[e])s?)(?: online)?(?: ,)? (?:that|saying)",
            r"everywher[e] (?:i|you) (?:look|read|go|check)(?: \w+){0,2}? (?:says|saying|it says|they say|i read|i see)",)
#: seen on a list or a leaflet (session 23K): "saw in a list that weight loss is a warning sign", "the leaflet says ..."
HEARSAY += (r"(?:saw|seen|spotted|came across)(?: (?:it|this))?(?: (?:online|somewhere))?(?: (?:in|on) (?:a|an|the|some|this|that) (?:\w+ ){0,2}?"
            r"(?:list|leaflet|page|site|website|poster|post|chart|checklist|booklet|sheet|thread))? (?:that|saying)",
            r"(?:list|leaflet|page|site|website|poster|checklist|booklet|sheet|thread|nhs|chatgpt)(?: \w+){0,3}? (?:says|said|saying|mentions"
            r"|mentioned|lists|listed)(?: that)?")
#: ... or the thing read named bare (session 27S): "on a list there was numb bum", "in the leaflet it says tingling round the back passage"
HEARSAY += (r"(?:on|in) (?:a|an|the|some|this|that|their|your|one of those|one of them) (?:\w+ )?(?:list|leaflet|page|site|website|poster|chart"
            r"|checklist|booklet|handout|pamphlet|flyer)(?: \w+){0,2}? (?:it says|it said|there was|there is|theres|there were|i read|i saw"
            r"|it had|it mentions|it mentioned|it lists|it listed|they list|they listed|they mention|they mentioned)\b",
            # ... or read there first, the list of signs named then the thing quoted (session 38E): "i read on a list of red flags 'back
            # pain with a fever'", "saw in a leaflet of warning signs ..."
            r"(?:read|saw|seen|found|spotted) (?:on|in) (?:a|an|the|some|this|that) (?:\w+ )?(?:list|leaflet|page|site|website|poster|chart"
            r"|checklist|booklet|handout|pamphlet|flyer)(?: of (?:\w+ ){0,2}?(?:red flag[s]|warning sign[s]|danger sign[s]|alarm sign[s]"
            r"|symptom[s]|sign[s]))?\b(?! (?:that|saying)\b)",
            r"(?:list|leaflet|poster|checklist|booklet|handout|pamphlet|flyer)(?: \w+){0,2}? (?:had|included|includes|named|names|showed|shows)\b")
#: a doctor's question or paper, a page read about (session 23P): "my gp asked if i had numbness down there", "the doctor
#: gave me a paper saying go to a&e if i get ...", "i keep reading about saddle numbness" (an "if i" after it is no owning)
HEARSAY += (r"(?:doctor|doc|dr|gp|physio|nurse|consultant|surgeon|specialist|chiropractor|osteo|pharmacist|he|she|they)(?: \w+){0,2}? (?:asked|asks|was asking"
            r"|wanted to know|checked)(?: me)?(?= (?:if|whether)\b)",
            # ... or told me to call if (session 31AM): "the nurse said to ring if ...", "they told me to come back if ..." (the "if"
            # then goes on it, and what follows the "if" is theirs)
            r"(?:doctor|doc|dr|gp|physio|nurse|consultant|surgeon|specialist|chiropractor|osteo|pharmacist|he|she|they)(?: \w+){0,2}? (?:said|says"
            r"|told me|tells me|warned me|advised me|advised)(?: that)?(?= to (?:\w+ ){1,4}?(?:if|when|in case)\b)",
            r"(?:paper|papers|letter|handout|pamphlet|flyer|card|form|printout|discharge note)(?: \w+){0,3}? (?:says|said|saying|mentions|mentioned|lists|listed"
            r"|telling me|tells me)(?: that)?", r"(?:read|reading|heard|hearing)(?: \w+){0,2}? about")
#: told by someone, the sign a general "if" or "that" (session 24T): "a mate told me if your bum goes numb ...", "my sister said
#: that losing your bladder is serious" (the sign then owned or not as after any hearsay)
HEARSAY += (r"(?:mate|mates|friend|pal|buddy|bud|colleague|coworker|workmate|neighbour|neighbor|someone|somebody|people|everyone|guy|blok[e]"
            r"|lad|lads|fell[a]|mum|mom|mam|dad|brother|sister|cousin|aunt|auntie|uncle|wife|husband|partner|missus|boyfriend|girlfriend"
            r"|gran|nan|grandad|coach|trainer|instructor|teacher)(?: \w+){0,3}? (?:told me|tells me|told us|keeps telling me|warned me"
            r"|said|says|reckons|reckoned|mentioned)(?= (?:that|if|when|whether|about)\b)",)
#: ... or the night named right after, without a "that" (session 33D): "my mate said night pain is a bad sign", "my aunt told me
#: back pain at night is a red flag" (the night then owned or not as after any hearsay: "... and mine wakes me every night" is owned)
HEARSAY += (r"(?:mate|mates|friend|pal|buddy|bud|colleague|coworker|workmate|neighbour|neighbor|someone|somebody|people|everyone|guy|blok[e]"
            r"|lad|lads|fell[a]|mum|mom|mam|dad|brother|sister|cousin|aunt|auntie|uncle|wife|husband|partner|missus|boyfriend|girlfriend"
            r"|gran|nan|grandad|coach|trainer|instructor|teacher)(?: \w+){0,3}? (?:told me|tells me|told us|keeps telling me|warned me"
            r"|said|says|reckons|reckoned)(?= (?:\w+ ){0,4}?(?:night|nights|nighttime|nocturnal)\b)",)
#: a form's or a card's question, a doctor's warning (session 25Y): "the form asks about numbness around the saddle area",
#: "the questionnaire asks if i have ...", "my old doctor said if you get numb down there go to a&e", "gp warned me that if ..."
#: (a doctor's "that" alone is a finding told, not a warning: "the doctor says its saddle anaesthesia");
#: a page read, told without "that" or "about" (a non-native writer): "read online spine infection with fever"
HEARSAY += (r"(?:form|forms|questionnaire|question|questions|app|card|survey|sheet|leaflet|checklist|website|site|chatbot|bot|it)"
            r"(?: \w+){0,2}? (?:asks|asked|is asking|was asking|keeps asking|kept asking|mentions|mentioned|talks|talked|lists)"
            r"(?= (?:about|if|whether|for|after)\b)",
            r"(?:doctor|doc|dr|gp|physio|nurse|consultant|surgeon|specialist|chiropractor|osteo|pharmacist|paramedic|medic)"
            r"(?: \w+){0,3}? (?:told me|tells me|told us|has told me|had told me|warned me|warned us|has warned me|said|says|has said"
            r"|had said|mentioned|explained)(?: to me)?(?: that)?(?= (?:if|when|whether|once|should)\b)",
            r"(?:read|reading|googled|looked up)(?: it)? (?:online|on (?:the )?(?:internet|net|web)|on google|on (?:a |some )?(?:site|website"
            r"|forum|page))(?! (?:that|saying|about)\b)(?= \w)",
            r"(?:googled|googling|searched(?: for| up)?|looked up)(?! (?:it|that|this|them|my|me|a doctor|the doctor|a gp|the gp|a physio)\b)(?= \w)")
#: the verbs of a weight that falls off the body, and what may follow "off" then (session 37K: the weight fell off "without
#: trying", "in two months", "since spring"; not a place, nor a thing's fall onto the patient: "fell off and hit my back")
_WEIGHT_OFF_VERB = (r"(?:dropping|dropped|droppin[g]|drops|falling|fell|fallen|fall[s]|flyin[g]|flew|meltin[g]|melte[d]|coming|came|comes"
                    r"|pourin[g])")
_WEIGHT_OFF_AFTER = (r"(?= (?:me|him|her)\b| ,| \.|$| (?:and|n|but|while|though|even|without|noreason|unsure|withi[n]|since"
                     r"|in (?:\d+|a|an|one|two|three|four|five|six|a few|the (?:last|past)|just|only|no time|weeks|month[s]|days)"
                     r"|so|really|like|by itself|on (?:its|their) own|of (?:its|their) own accor[d]|all by itself|just|quickly|fast|recently|lately)\b)"
                     r"(?! (?:and|n|but|then) (?:\w+ )?(?:hit|hits|landed|land[s]|struck|smashed|crushe[d]|fell on|fell onto|on|onto)\b)")
#: a free word before the weight's "fell off" that denies it (session 38L): "the weight hasn't fallen off me", "the kilos never
#: dropped off" is no weight gone
_NOT_DENIED = r"(?!(?:not|neve[r]|hasn[t]|haven[t]|didn[t]|don[t]|doesn[t]|won[t]|isn[t]|aren[t]|wasn[t]|hadn[t]|no)\b)"
#: after a weight's "off": a thing's fall off a place onto the patient (session 38L): "fell off the wall and hit me", "dropped off
#: the roof onto my back" (a place with an article right after "off", or a blow or a landing on one after it)
_THING_OFF_ONTO = (r"(?! (?:the|a|an|that|this|some|his|her|their|our|its) \w+)"
                   r"(?!(?: \S+){0,6}? (?:and|n|then) (?:\w+ )?(?:hit|hits|struc[k]|smashe[d]|crushe[d]|lande[d]|bashe[d]|knocke[d])\b)"
                   r"(?!(?: \S+){0,4}? (?:onto|on to|on) (?:me|my|mine)\b)")
WEIGHT_PATTERNS = (
    # the trousers that will not stay up (session 23L, twin of "mon pantalon ne tient plus"): "my trousers wont stay up any more"
    r"\b(?:trousers|jeans|pants|shorts|skir[t]|troos?er[s])\b (?:\w+ ){0,2}?(?:wont|dont|doesnt|will not|do not|does not|cant|cannot|wudn[t]"
    r"|wouldnt) (?:\w+ )?stay up\b",
    # a weight now told against the one before (session 21e; the packs' WEIGHT_FROM_TO compare them)
    r"\b{WEIGHT_NUMBER} (?:kgs?|kilos?|lbs?|pounds|stones?|st)(?: now)?(?: ,)? (?:when|while|wherea[s]|but|and) (?:i )?(?:was|weighe[d]|used to be|used to weig[h]) (?:still )?(?:\w+ ){0,2}?{WEIGHT_NUMBER}\b",
    # the scale's numbers gone down (session 21c; one gone up is no loss, the engine compares "was" and "now"): "the scales
    # went from 80 to 74", "went from 12 stone to 11 without trying", "from 90 kg down to 83"
    r"\b(?:weight|weigh\w*|scales?)\b(?: \w+){0,4}? from {WEIGHT_NUMBER}(?: (?:kgs?|kilos?|lbs?|pound[s]|stones?|st))?"
    r" (?:to|down to|til[l]|until) {WEIGHT_NUMBER}\b",
    r"\bfrom {WEIGHT_NUMBER} (?:kgs?|kilos?|lbs?|pound[s]|stones?|st) (?:to|down to) {WEIGHT_NUMBER}\b",
    r"\bfrom {WEIGHT_NUMBER} (?:to|down to) {WEIGHT_NUMBER} (?:kgs?|kilos?|lbs?|pound[s]|stones?|st)\b",
    r"\bbelts? (?:\w+ ){0,3}?{LAST_HOLE}\b",
    # a hole more in the belt, told belt first (session 18): "my belt needs an extra hole now" (not let out a notch)
    r"\bbelts?\b(?! (?:\w+ )?out\b)(?: \w+){0,4}? (?:new|extra|another|more) (?:\w+ )?(?:holes?|notch\w*)\b",
    # the belt notches tighter (session 21f): "my belt is two notches tighter already", "had to tighten my belt two notches"
    r"\bbelts?\b(?: \S+){0,4}? (?:a|one|two|three|four|five|\d) (?:holes?|notch\w*) (?:\w+ )?(?:tighte[r]|smalle[r]|furthe[r] in)\b",
    r"\b(?:tighten\w*|pull\w* in|take in|took in|take[n] in) (?:my |the )?belt (?:\w+ )?(?:a|one|two|three|four|five|\d|another"
    r"|an extra) (?:holes?|notch\w*)\b",
    r"\blost (?:\w+ ){0,4}?{WEIGHT}\b",
    r"\blosing (?:\w+ ){0,3}?{WEIGHT}\b",
    # weight lost told in broken English (session 40B): "i lose kilo", "me lose many kilo, eat normal", "i loose 8 kilo", "i am
    # loosing weight", and the weight now told against the one before, "i was 84, now 76" (_WAS_NOW; the engine compares the two).
    # Not a loss wished, asked about or supposed ("if i lose weight", "do i lose weight walking", "i want to lose kilos", "i
    # need to lose weight"), nor denied ("i dont lose weight", "i lose no weight")
    r"(?<!\bif )(?<!\bwhen )(?<!\bwhenev[e]r )(?<!\bdo )(?<!\bdid )(?<!\bdoes )(?<!\bcan )(?<!\bcould )(?<!\bshould )(?<!\bwill )"
    r"(?<!\bwould )(?<!\bmight )(?<!\bmust )(?<!\bonce )(?<!\bunles[s] )(?<!\bhow )(?<!\bmay )\b(?:i|me)(?: (?:alway[s]|stil[l]|reall[y]|also|just|now|alread[y]"
    r"|much|very))? (?:lose|loos[e]|lose[s]|loose[s]) (?:(?!any\b)" + _NOT_DENIED + r"\w+ ){0,3}?{WEIGHT}\b",
    r"\bloosin[g] (?:" + _NOT_DENIED + r"\w+ ){0,3}?{WEIGHT}\b",
    _WAS_NOW.replace("?P<was>", "?:").replace("?P<now>", "?:"),
    # Nigerian Pidgin (session 23Q; don = have, dey = am/is): "i don lose weight", "she don dey lose weight", "e don lose
    # plenty kilo" (not "i dey try lose weight": the intent is told)
    r"\b(?:don|done|don dey) lose (?:\w+ ){0,3}?{WEIGHT}\b",
    # Jamaican patois "lose" is the past (session 35D): "mi lose nuff weight", "mi did lose whole heap a pound" (not "mi wan lose
    # weight": the intent is told); a pound, a stone lost
    r"\bmi (?:did |jus[t] |just |really |done )?lose (?:\w+ ){0,3}?(?:{WEIGHT}|poun[d])\b",
    r"\blost (?:\w+ ){0,2}?(?:nuff|ton|tonn[e]|heap|load|whole heap) (?:\w+ )?poun[d]\b",
    # a number of pound lost, the singular in dialect (session 44X): "i lose near 9 pound", "lost bout 10 pound", "dropped 12 pound"
    # (not wished: "if i lose 10 pound", "want to lose 9 pound")
    r"(?<!\bif )(?<!\bwhen )(?<!\bto )(?<!\bcan )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bshould )(?<!\bmight )(?<!\bdo )(?<!\bdid )"
    r"\b(?:lost|(?:i|me) lose) (?:nea[r] |nearl[y] |about |bout |like |around |round |almost |over |a good )?\d+ poun[d]\b",
    # the clothes taken in (session 35D): "had to take my jeans in", "got all my trousers taken in" (not "took my jeans in the wash",
    # "got my shirt tucked in")
    r"\b(?:take|take[s]|take[n]|took|takin[g]|get|got|had) (?:\w+ ){0,2}?{CLOTHES} (?:(?:take[n]|took|right|back|again|a bit|an inch) )?in\b(?! (?:the|a|an|my|to|for|at|on|from|with|there|here)\b)",
    r"\b(?:swimmin[g]|swim|swim[s]|lost) in (?:my|me|mi|all my) (?:\w+ )?{CLOTHES}\b",
    r"\b(?:buy|bough[t]|buyin[g]|get|got|had to get) (?:\w+ )?smalle[r] (?:sized? )?{CLOTHES}\b",
    r"\bweight ?loss\b|\bweights? (?:is )?(?:dropping|going down|falling off)\b",
    # the weight told falling off the body (session 20b, twin of "je fonds comme neige au soleil"): "the weight is just
    # falling off me", "the pounds are dropping off" (not "the weight fell off the bar": that is a fall)
    r"\b(?:weight|pounds|kilos?|kgs|lbs|stones?) (?:is |are |s |has |have |has been |have been |keeps |keep )?(?:" + _NOT_DENIED + r"\w+ )?"
    r"(?:dropping|dropped|droppin[g]|falling|fell|fallen|flyin[g]|meltin[g]|melte[d]|coming|came|pourin[g]) off" + _WEIGHT_OFF_AFTER,
    # ... the weight named around a pronoun that fell off (session 37K): "lost weight, it just fell off", "its dropping off me,
    # 4 kilos", "they came off without trying, 6 kg" (not "the handle, it fell off the door": the place after is a thing's)
    r"\b(?:{WEIGHT})\b(?: \S+){0,4}? (?:it|its|it s|they|theyre|they re|theyve|they ve)(?: " + _NOT_DENIED + r"\w+){0,2}? " + _WEIGHT_OFF_VERB + " off" + _WEIGHT_OFF_AFTER,
    r"\b(?:it|its|it s|they|theyre|they re|theyve|they ve)(?: " + _NOT_DENIED + r"\w+){0,2}? " + _WEIGHT_OFF_VERB + r" off(?: (?:me|him|her))?(?: ,)?(?: \w+){0,2}?"
    r" (?:\d+(?:point\d+)?|{WEIGHT_NUMBER}) ?(?:kilos?|kgs?|pounds|lbs|stones?|st)\b",
    r"\b(?:im|i am|ive been|i have been|been) (?:just |literall[y] |really )?(?:meltin[g]|wasting) away\b",
    r"\b{~drop} (?:\w+ ){0,3}?(?:kilos?|kgs?|pounds|lbs|stones?|weight|dress sizes?|sizes?)\b",
    r"\bdown (?:\w+ ){0,2}?(?:kilos?|kgs?|pounds|lbs|stones?|dress sizes?)\b",
    # (not thin skin, hair or bones, session 31AG: "ive got thinner skin from the steroids")
    r"\b(?:getting|got|become|became|gotten) (?:very |so |much |a lot |really )?(?:thinner|skinny|skinnier)\b(?! (?:\w+ )?(?:ski[n]|skinne[d]|hai[r]|hair[s]|bon[e]s?|bloo[d]|nail[s]|lip[s]|eyebrow[s]|lashe[s]|wall[s]|patch\w*|on top|up top)\b)",
    # weight lost told as slimming (session 31AJ): "ive slimmed down a lot and no idea why", "im getting slimmer without even
    # trying", "keep slimming down though im not dieting" ("slimming" names the diet, INTENT_STRONG, unless the loss is told
    # unintended, UNINTENDED: "slimming down for the wedding" stays on purpose)
    r"\b(?:slimmin[g]|slimme[d]|sli[m]|slim[s]) (?:righ[t] |righ[t] |way |a lot |loads |right )?dow[n]\b",
    r"\b(?:getting|got|gotte[n]|become|became|becomin[g]|gone|grow[n]|growin[g]) (?:\w+ ){0,2}?slimme[r]\b",
    # weight lost told as shed, lighter, thin, sizes, the scales (session 30Z): "ive shed six kilos", "im getting lighter though i eat
    # normally", "ive got really thin", "my weight keeps falling", "the scales keep going down", "gone down two sizes", "im a
    # lot lighter than in the summer" (not thin hair, "lighter in the head", a weight falling onto the back)
    r"\bshe[d]{1,2}(?:ing|s)? (?:\w+ ){0,3}?(?:kilos?|kgs?|pounds|lbs|stones?|weight)\b",
    r"\b(?:i|im|i m|ive|i ve|i have|i am|i was|i keep|been) (?:\w+ ){0,2}?(?:getting|got|gotten|become|became|becoming|gone|grow[n]|growing) (?:\w+ ){0,2}?"
    r"(?:lighter|thin|thinner|skinny|skinnier|bony|bonie[r]|scrawn[y])\b(?! (?:on top|hair|bon[e]s?|bloo[d]|ski[n]|skinne[d]|dis[c]s?|patch\w*|in the head|heade[d]|in my head|nail[s]|lip[s]|eyebrow[s])\b)",
    r"\b(?:my|me|mi|body) weight (?:\w+ ){0,2}?(?:keeps? )?(?:falling|fallen|going down|gone down|dropping|dropped|decreasing|decreased|reducin[g]|sinkin[g]"
    r"|sliding)\b|\bscales? (?:\w+ ){0,2}?(?:showin[g] less|show less|show[s] less|going down|keep going down|keeps going down|lower and lower|less and less)\b",
    r"\b(?:im|i am|i m) (?:a lot |much |way |so much |about |nearl[y] |almost |\d+ ?(?:kilos?|kgs?|pounds|lbs|stones?) )?lighter than\b",
    r"\b(?:gone|went|come|came|dropped|going|go) down (?:a|one|two|three|four|\d+|several|a coupl[e] of|a few|a whole|an entire) (?:\w+ )?sizes?\b"
    r"(?! (?:in|of) (?:shoe|shoe[s]|bra|cup)\b)",
    # weight lost told as "reduced" (session 26G, Indian and South-Asian English): "i have reduced 5 kilos", "reduced around 6
    # kg", "my weight has reduced", "weight is reducing"; "become thin", "became very lean" (not "reduced my weights", "the
    # weight i lift reduced": a load)
    r"\b(?:i|ive|i ve|i have|i had|im|i am|i m|have|has|had|been|also|already|totally|almost) (?:\w+ )?"
    r"(?:reduced|reducin[g]) (?:by )?(?:around |about |almost |nearl[y] |over |appro[x] |approximatel[y] |like |some |more than |roughl[y] )?"
    r"(?:\d+(?:point\d+)? ?|a |half a |one |two |three |four |five |six |seven |eight |nine |ten |a few |few |several |many "
    r"|a lot of |lots of |much |my )?{WEIGHT}\b",
    r"\b(?:i|ive|i ve|i have|i had|im|i am|i m|have|has|had|been) (?:\w+ )?(?:reduced|reducin[g]) (?:a lot |so much "
    r"|very much |too much |drasticall[y] |a bit |quite a bit )?in (?:my |me |his |her )?weight\b",
    r"\bweight(?: (?:has|have|is|was|had|got|been|also|really|slowly|gradually|steadily|drasticall[y]|suddenl[y]|so|too|very|much|a|lot"
    r"|bit|quite|already|just|only|keeps|kept|keep|going|gone|come|came|went))* (?:reduced|reducin[g]|decrease[d]|decreasin[g]|down)\b",
    r"\b(?:i|ive|i ve|im|i m)(?: have| had| am| was)?(?: \w+)? (?:become|became|becoming|gotten|grow[n]|grew)"
    r" (?:very |so |much |too |a lot |really |quite |a bit |weak and |all )?(?:thin|lean|skinn[y]|thin and weak)\b(?! (?:\w+ )?(?:ski[n]|skinne[d]|hai[r]|hair[s]|bon[e]s?|bloo[d]|nail[s]|lip[s]|eyebrow[s]|lashe[s]|wall[s]|patch\w*|on top|up top)\b)",
    r"\bclothes (?:\w+ ){0,2}?(?:loose|too big)\b",
    # "5kg off", "a stone gone"; "mates say ive gone skinny"; the ring that spins
    # ... not a stone or a brick that fell off something onto one (session 38L): "a stone fell off the wall and hit me", "a stone
    # dropped off the roof onto my back" is a blow (trauma), no weight
    r"\b(?:\d+|a|half a) ?(?:kilos?|kgs?|pounds|lbs|stones?) (?:\w+ )?(?:off|gone|lighter|down|less)\b" + _THING_OFF_ONTO,
    # the kilos told first, "lost" after (session 29O): "6 kg lost in two months", "already five kilos lost, no idea why" (not
    # "lost me my job": the load)
    r"\b(?:\d+(?:point\d+)?|{WEIGHT_NUMBER}|a few|several|a coupl[e] of) ?(?:kilos?|kgs?|pounds|lbs|stones?) (?:already |now |just )?lost\b"
    r"(?! (?:me|my|him|her|us|them)\b)",
    # ... the number in words (session 27P): "six kilos down since june", "eight pounds lighter"
    r"\b{WEIGHT_NUMBER} (?:kilos?|kgs?|pounds|lbs|stones?) (?:\w+ )?(?:off|gone|lighter|down|less)\b",
    # ... turning or becoming thin, skeletal, gaunt, a bag of bones (session 32AT): "im turning all skinny", "she is becoming
    # skeletal", "hes turning into a skeleton", "im becoming a bag of bones" (not "turning thin on top", thin hair)
    r"\b(?:i|im|i m|ive|i ve|he|hes|he s|she|shes|she s)(?: (?!to\b)\w+){0,3}? (?:turning|turned|turns|turn|becoming|become|became|becomes) (?:really |so |very |all |quite |more and more )?(?:skinny|skinnie[r]|thin|thinne[r]|skeleta[l]|gaun[t]|bony"
    r"|scrawn[y]|emaciate[d]|into a skeleto[n]|a skeleto[n]|a bag of bone[s]|into a bag of bone[s]|skin and bone[s])\b(?! (?:\w+ )?(?:ski[n]|skinne[d]|hai[r]|hair[s]"
    r"|bon[e]s?|bloo[d]|nail[s]|lip[s]|eyebrow[s]|lashe[s]|wall[s]|patch\w*|on top|up top)\b)",
    r"\b(?:gone|going|went|getting) (?:really |so |very |all )?(?:skinny|thin|skeletal|gaunt|bony)\b(?! (?:\w+ )?(?:ski[n]|skinne[d]|hai[r]|hair[s]|bon[e]s?|bloo[d]|nail[s]|lip[s]|eyebrow[s]|lashe[s]|wall[s]|patch\w*|on top|up top)\b)",
    # told by the look (session 25M2): "the wife says im looking gaunt", "i look like a skeleton", "ive gone all hollow in the
    # cheeks", "my face has gone gaunt" (thin or skinny only of the patient: not "my hair is looking thin")
    r"\b(?:look|look[s]|lookin[g]|looke[d]|lookin) (?:\w+ ){0,2}?(?:gaun[t]|skeleta[l]|emaciate[d]|haggar[d] and thin|like a skeleto[n]"
    r"|like a bag of bones|all skin and bone[s]?|skin and bone[s]?|hollo[w] cheeke[d]|sunke[n] cheeke[d]|waste[d] away)\b",
    r"\b(?:im|i m|i am|i|me) (?:\w+ )?(?:look|lookin[g]|looke[d]|lookin) (?:really |so |very |dead |proper |well |quite |a bit |all )?(?:thin|skinny|bony"
    r"|scrawn[y]|draw[n] and thin)\b(?! (?:on top|up top|hair)\b)",
    r"\b(?:face|cheeks?) (?:\w+ ){0,2}?(?:gone|goin[g]|going|got|getting|look\w*|is|are|s) (?:all |really |so |very )?(?:gaun[t]|hollo[w]|sunke[n]"
    r"|cave[d] in)\b",
    # the belt gone in a notch (session 25M2): "my belts gone in two holes", "had to take my belt in a notch" (not let out)
    r"\bbelts?\b(?: \S+){0,3}? (?:gone|go|goes|went|come|came|move[d]) (?:in|in by) (?:a|one|two|three|four|\d|another|an extra) (?:holes?|notch\w*)\b",
    r"\b(?:take|took|take[n]|takin[g]|pull\w*|brin[g]|brough[t]) (?:my |me |the |his |her )?belt in (?:a|one|two|three|four|\d|another|an extra)"
    r" (?:holes?|notch\w*)\b",
    r"\brings? (?:\w+ ){0,3}?(?:falls?|falling|slides?|sliding|slips?|slipping) off\b|\brings? (?:\w+ ){0,3}?(?:spins?|spinning) (?:round|around)\b",
)

#: night pain, pain at rest (English-shaped patterns)
NIGHT_PATTERNS = (
    # every position tried and the pain stays (session 22H): "doesnt matter if i lie flat, curl up or get up and walk, it
    # just sits there", "whatever way i lie it stays" (not "it eases when i turn over")
    # ... or whichever side (session 28E): "whichever side i sleep on it doesnt ease", "no matter which side i lie on, it wont
    # reduce", "in any position i lie the pain isnt going" (not "whatever side i lie its fine")
    r"\b(?:(?:doesnt|does not|dont|no) matte[r] (?:if|whethe[r]|how|wha[t]|which way|which side|what side|what positio[n]|which positio[n])"
    r"|nomatte[r] (?:which|what) (?:way|positio[n]|side)|(?:whateve[r]|whicheve[r]) (?:way|positio[n]|side)|(?:in )?any (?:positio[n]|side)"
    r"|however)"
    r" (?:i )?(?:lie|lay|sleep|turn|sit|curl|roll|move|get)\b(?: \S+){0,20}? (?:it|the pain|pain|the ache)(?: just| still)?"
    r" (?:sits there|sits|stay[s]|stay[s] put|is still there|is there|wont budge|doesnt budge|doesnt ease|never eases|doesnt shift"
    r"|wont shift|keeps going|wont go|doesnt go|carrie[s] on|doesnt let up"
    r"|(?:isnt|is not|not|wasnt) (?:reducin[g]|easin[g]|settlin[g]|goin[g] away|goin[g]|lettin[g] up|gettin[g] (?:any )?(?:less|bette[r]))"
    r"|(?:doesnt|wont|never) (?:reduc[e]|ease off|ease up|settle|calm down|stop|get (?:any )?(?:less|bette[r])))\b",
    # up and walking about in the small hours (session 28E): "i am getting up and walking at 2 am", "at 3am i have to get out of
    # bed and pace around", "every night i get up and walk it off" (not "i get up at 3 and walk to the toilet", "walk the dog")
    r"\b(?:get|gets|getting|got|gettin[g]) (?:up|out of (?:the )?bed) (?:and|to|n) (?:go )?(?:walk|walkin[g]|walkin[g]|pace|pacing|pacin[g])"
    r"(?= (?:around|about|round|up and down|the floor|the room|the hous[e]|it off|a bit|for a while|at|in the night|till|until|because"
    r"|cos|coz|from)\b| ,| \.|$)(?! at (?:[6-9]|1[0-2])\b)(?:(?: \S+){0,6}? (?:at|around|about|by|from) (?:[1-5]|[1-5] ?am)\b"
    r"(?! ?pm\b)| (?:\S+ ){0,6}?(?:at night|in the night|every night|each night|most nights))",
    r"\b(?:at|around|about|by) [1-5] ?(?:am|ocloc[k]|in the morning)\b(?! ?pm\b)(?: \S+){0,6}? (?:get|gets|getting|got|gettin[g])"
    r" (?:up|out of (?:the )?bed) (?:and|to|n) (?:go )?(?:walk|walkin[g]|walkin[g]|pace|pacing|pacin[g])"
    r"(?= (?:around|about|round|up and down|the floor|the room|the hous[e]|it off|a bit|for a while|till|until|because|cos|coz|from)\b| ,| \.|$)",
    r"\b(?:at night|in the night|every night|each night|most nights|middle of the night)\b(?: \S+){0,6}? (?:get|gets|getting|got|gettin[g])"
    r" (?:up|out of (?:the )?bed) (?:and|to|n) (?:go )?(?:walk|walkin[g]|walkin[g]|pace|pacing|pacin[g])"
    r"(?= (?:around|about|round|up and down|the floor|the room|the hous[e]|it off|a bit|for a while|till|until|because|cos|coz|from)\b| ,| \.|$)",
    r"\b(?:no|not one|not a single) (?:positio[n]|way of lying|way to lie)\b(?: \w+){0,3}? (?:eases|helps|works|shifts|change[s]) (?:it|the pain)\b",
    # awake every night at an hour from the back, nothing helps till the alarm (session 19h, twins of the Dutch "elke nacht
    # rond 3u wakker vd rug", "niks helpt ... tot de wekker")
    r"\b(?:every|each) night (?:\w+ ){0,3}?(?:at|around|about|round) \d+ ?(?:am|ocloc[k]|ish)? (?:\w+ ){0,2}?(?:awake|woke[n]|woke|wake)"
    r" (?:up )?(?:from|by|with|because of) (?:the |my )?(?:pain|back\w*)\b",
    r"\bnothing (?:\w+ )?helps\b(?: \S+){0,10}? (?:till|until|til) (?:the |my )?(?:morning|alar[m]|dayligh[t]|dawn)\b",
    # woken every night, the tries told, then nothing (session 17e): "it wakes me every night around 3, i turn over,
    # pillow between my knees, get up, nothing" (not "it wakes me when i turn over")
    r"\b(?:it|the pain|my back|the back) wakes (?:me|us) (?:up )?(?:\w+ )?(?:every night|each night|at night|most nights)\b"
    r"(?: \S+){0,30}? , nothing(?: (?:helps|works|change[s]))?(?= ,| \.|$)",
    # the nights named as the worst: "nights r the worst", "night time is agony" (issue 13; a night worker's "working
    # nights is the worst" is not)
    r"\b(?<!wor[k]ing )(?<!doing )(?<!on )(?<!work )(?:the )?(?:nights?|night ?time|nighttimes?) (?:are|is|its|have been|has been"
    r"|been) (?:\w+ )?(?:the worst|worst|worse|hell|agon[y]|terrible)\b",
    # up at an hour every night with it: "up at 3am every night w it", "every night im awake at 2 with the pain"
    r"\b(?:up|awake|wake up|woke up|waking up|i wake|i woke) (?:at|around|by|till|until) \d+ ?(?:am)?(?: \w+){0,2}? "
    r"(?:every|each|most) night(?: \w+){0,2}? (?:with|w|from|because of|cos of|in) (?:it|the pain|pain|my back)\b",
    r"\b(?:every|each|most) night (?:im |i am |i )?(?:up|awake|wake up|waking up) (?:at|around|by) \d+ ?(?:am)?(?: \w+){0,2}? "
    r"(?:with|w|from|because of|cos of|in) (?:it|the pain|pain|my back)\b",
    # "all night, flat, curled up, propped up ... the ache grinds on whatever i do"
    r"\b(?:all|every|each) night\b(?: \S+){0,25}? (?:whatever|nomatter) (?:i|way|position)\b",
    # "aches every night ... nothing settles it"; "no way of lying that doesnt hurt"; "the longer i lie down the worse"
    r"\bevery night\b(?: \S+){0,25}? nothing (?:helps|works|eases it|settles it|touches it|shifts it)\b",
    r"\bno (?:way|position) (?:of lying |to lie |to sleep )?(?:that )?(?:doesnt|does not|dont|wont) hurt\b",
    r"\bthe longer i (?:lie|lay|am lying|stay) (?:down |in bed )?(?:\w+ )?the worse\b",
    # kept up by the pain needs its object: "i keep up my exercises", "keep up the walking" are no night (session 26)
    r"\b(?:keeps?|keeping|kept) (?:me )?awake\b|\b(?:keeps?|keeping|kept) me up\b",
    r"\bawake (?:\w+ ){0,2}?(?:all|whole|entire|full) night\b",
    r"\b(?:all|whole|entire|full) night (?:\w+ ){0,2}?(?:awake|pain|hurts|aching|in pain)\b",
    r"\bup all night\b",
    # every position at night, none makes a difference (session 16): "at night i lie on my side, on my back, on my
    # front, it makes no difference"
    # (the tries a list, session 21c: "on my back, my side, in the recliner, makes no odds")
    r"\b(?:at night|nights?|in bed)\b(?! (?:is|are|its) (?:fine|ok|okay|good|grand))(?: \S+){0,20}? (?:on my (?:side|back|front)|flat"
    r"|(?:in|on) (?:the|my) (?:chair|recline[r]|sofa|couc[h]|armchai[r])),? (?:\S+ ){0,12}?"
    r"(?:makes? no (?:odds|differenc[e])|(?:doesnt|does not|dont) make (?:any |a bit of )?differenc[e])\b",
    # "it hurts all night even lying still", "de pijn blijft heel de nacht"
    r"\b{NIGHT_PAIN_WORD} (?:\w+ ){0,2}?(?:all|the whole|whole"
    r"|the entire|entire|the full|full) night\b(?! (?:of |s )?slee[p])",
    r"\b(?:cant|couldnt|unable to|barely|hardly) (?:\w+ ){0,1}?sleep (?:\w+ ){0,5}?(?:pain|hurts|aching|ache"
    r"|because of it|from it)\b",
    r"\b(?:whatever|whichever|any|every|no) (?:\w+ ){0,1}?(?:position|way i lie|way i lay|way i sleep|way i turn)\b",
    # no position found that eases it (session 24S): "cant find a position that helps", "couldnt find one position that
    # gives relief" (not "found a position that helps")
    r"\b(?:cant|cannot|couldnt|could not|unable to|not able to|never) (?:\w+ )?find (?:a|one|the|a single) (?:\w+ )?(?:position|way to lie"
    r"|way of lying|way to sleep) (?:that |which |to )?(?:helps|help|eases it|ease it|give[s] (?:any |me )?relie[f]"
    r"|relieves it|works|take[s] the edge off)\b",
    # constant, whatever the person does: "it just aches constantly whatever I do"
    r"\b(?:constant\w*|all the time|non ?stop|the whole time)\b(?: \w+){0,3}? (?:whatever|no matter what) (?:i|you) do\b",
    r"\bnomatter (?:\w+ ){0,2}?(?:lie|lay|position|i turn|how i)\b",
    r"\b(?:cant|cannot|never) get comfortable\b",
    r"\b(?:constant|continuous|constantly|unrelenting|nonstop|non stop|all the time) (?:{NOT_A_READING}\w+ ){0,3}?"
    r"(?:at night|night|nights)\b",
    # (not a temperature that persists, session 47R10: "at night constantly 39")
    r"\bnights? (?:\w+ ){0,3}?(?:constant|constantly|continuous|all the time)\b{NOT_PERSISTING_READING}",
    r"\b(?:pain|hurts|ache|aching) (?:\w+ ){0,3}?(?:worse|worst|bad|terrible) (?:\w+ ){0,1}?(?:at night|in the night"
    r"|during the night)\b",
    r"\bworse at night\b|\bnight ?pain\b|\bpain at night\b|\bpain in the night\b",
    # no difference between night and day (session 17): "its the same at 3am as at noon", "as bad at night as in the day"
    r"\b(?:the )?same (?:at|in|during) (?:\d+ ?am|night|the night|the middle of the night|nights) as (?:at |in |during )?"
    r"(?:noon|midda[y]|lunchtim[e]|\d+ ?pm|the day|daytim[e]|day|the daytim[e])\b",
    r"\bas (?:bad|painfu[l]|sore|stron[g]) (?:at|in|during) (?:\d+ ?am|night|the night|nights) as (?:at |in |during )?(?:noon|midda[y]"
    r"|\d+ ?pm|the day|daytim[e]|day)\b",
    # an hour of the night, every place tried, nothing helps: "up at 3am, tried the recliner, the floor, nothing touches it"
    r"\b(?:at|by|till|until|around) \d+ ?am\b(?: \S+){0,20}? nothing (?:\w+ )?(?:helps|works|touches it|eases it|settles it"
    r"|shifts it)\b",
    r"\b(?:wakes?|woke|waking) me (?:up )?(?:\w+ ){0,2}?(?:at night|every night|in the night|each night"
    r"|all night)\b",
    r"\b(?:pain|it) (?:wakes|woke|keeps waking) me\b",
    r"\bnothing (?:\w+ ){0,2}?(?:helps|eases|relieves|works) (?:\w+ ){0,2}?(?:at night|in bed|during the night)\b",
    r"\bpacing (?:\w+ ){0,4}?(?:at night|all night|in the night|at \d+ ?am)\b",
    # a night worker's "night": in bed, the ache never lets up, every position the same
    r"\b(?:in|into|to) bed\b(?: \S+){0,12}? (?:never|doesnt|does not|wont) (?:lets? up|eases?|settles?)\b",
    r"\bon my (?:side|back|front)\b(?: \S+){0,10}? (?:its |it is |it s )?(?:exactly |just |all )?the same\b(?! as)",
    # every way of lying tried, the pain stays: "i can lie however i want, on my side, on my back, it doesnt go away",
    # "it wont ease off whichever way i lie" (issue 12)
    r"\b(?:lie|lay|sleep|lying) (?:down )?(?:however|any way|anyway|any which way|whichever way|whatever way"
    r"|how ever|in any position|in whatever position|in every position)\b(?: \S+){0,14}? (?:it |the pain |pain |the ache )?"
    r"(?:still |just |simply )?(?:doesnt|does not|wont|will not|never|dont|isnt|is not) (?:\w+ )?(?:go away|go|ease|ease off|ease up"
    r"|settle|settle down|stop|let up|budge|shift|get better|help|change)\b",
    r"\b(?:doesnt|does not|wont|will not|never) (?:\w+ )?(?:go away|ease|ease off|ease up|settle|let up|stop|budge|shift)\b"
    r"(?: \w+){0,3}? (?:however|any way|whichever way|whatever way|no matter how|nomatter how|wherever|which ever way) i (?:lie"
    r"|lay|sleep|turn|position myself)\b",
    # the same ache all night whatever the position (session 16c): "doesnt matter if i lie on my side or flat, same deep
    # ache the whole night with no let up"
    r"\b(?:the )?same (?:\w+ ){0,2}?(?:pain|ache|aching|throbbing|thro[b]|hurt) (?:\w+ ){0,1}?(?:all|the whole|whole|the entire"
    r"|entire) night\b",
    r"\b(?:doesnt|does not|dont|no) matter (?:if|how|whether|which way|what way|what position) i (?:lie|lay|sleep|sit|turn)\b"
    r"(?: \S+){0,16}? (?:the )?same (?:\w+ ){0,2}?(?:pain|ache|aching|throbbing)\b",
    # every way of resting tried, nothing helps (session 16b): "lying, sitting, hot water bottle, nothing takes the edge off"
    # (session 24S: "me side", the progressive and the relief named: "on me side, on me back, nothing is giving relief")
    r"\b(?:lying|lie|lay|lie down|in bed|at night|all night|on (?:my|me) (?:side|back|front))\b(?: \S+){0,12}? nothing (?:\w+ ){0,2}?"
    r"(?:take[s] the edge off|take[s] it away|touches it|eases it|settles it|shifts it|helps|works|helpin[g]|workin[g]"
    r"|give[s] (?:any |me |much )?relie[f]|givin[g] (?:any |me |much )?relie[f])\b",
    # the tries listed, then nothing changes (session 18f): "pounds all night, pillow, the couch, the floor, nothing changes
    # anything" (twin of the French "rien ne change rien")
    r"\b(?:lying|lie|lay|in bed|at night|all night|every night|on my (?:side|back|front))\b(?: \S+){0,24}? nothing"
    r" (?:\w+ )?(?:change[s]|change[d]) (?:anythin[g]|a thin[g]|it|a bit)\b",
    # the tries told, then "zilch"; the pain that does not let up till morning (session 19j): "it wakes me every night ..., get
    # up and walk, zilch", "it doesnt let up till morning" (not "i work nights till morning and my back doesnt let up")
    r"\b(?:it|the pain|my back|the back) wakes (?:me|us) (?:up )?(?:\w+ )?(?:every night|each night|at night|most nights)\b"
    r"(?: \S+){0,30}? , (?:zilch|nada|zip|sod all|bugge[r] all|nowt|nothing at all|f all|naff all|jack all|diddl[y] squa[t])(?= ,| \.|$)",
    # the night, the tries listed, then nothing works (session 20a): "now the pain not ease up at all at night, i try lie on my
    # side, on my back, pillow under knee, nutten work" (not "at night its fine, in the day i tried ice, heat, nothing helps")
    r"\b(?:at night|in the night|every night|each night|all night|overnigh[t]|during the night)\b(?! (?:its |it is |is |im |i am )?"
    r"(?:\w+ )?(?:fine|ok|okay|good|grand|better|comf[y]|comfortable)\b)(?: \S+){0,30}? , (?:nothing|nutte[n]|nutt[n]|none of it"
    r"|none of that)"
    r" (?:\w+ )?(?:help|helps|helpe[d]|work|works|worke[d]|change[s]|change[d]|make[s] (?:a |any )?differenc[e]|made (?:a |any )?differenc[e])\b",
    # woken from the pain, told by the sleeper (session 20a, twin of the Dutch "ik word wakker van een zeurende pijn"): "every
    # night i wake up from the ache in my back", "woken by a nagging pain" (not "i wake up with a stiff back": the morning)
    r"\b(?:wake|wakes|woke|waking|woke[n]|awoke[n]) (?:up )?(?:from|by|because of) (?:the |a |an |my |this |that )?(?:\w+ ){0,2}?"
    r"(?:pain|ache|aching|throbbing|back)\b",
    # the pain that stays as it is till the alarm (session 20a): "it stays just as bad till the alarm goes"
    r"\b(?:it|the pain|pain|the ache|my back|the back) (?:just )?(?:stay[s]|staye[d]|keeps|kept|remain[s]|remaine[d]) (?:\w+ ){0,2}?"
    r"(?:the same|as bad|as stron[g]|as sore|going|aching|throbbing|naggin[g]) (?:\w+ ){0,2}?(?:till|until|til) (?:the |my )?"
    r"(?:alar[m]|mornin[g]|daw[n]|dayligh[t]|sunris[e])\b",
    r"(?:\bnothin[g] , )?\b(?:it|the pain|pain|my back|the back|back)(?: just| still)? (?:doesnt|does not|dont|wont|will not|didnt|never) (?:let up|ease off"
    r"|ease up|let go|settle|go away|stop|calm down|die down|budge|ease)(?: \w+){0,2}? (?:till|until|til|before) (?:the )?(?:mornin[g]"
    r"|daw[n]|dayligh[t]|sunris[e])\b",
)

# ---- who is meant (bot/reading/redflags.py _DENIED_SELF, _ME_TOO) ----
#: "not me", "me neither": the patient named only to be ruled out
DENY = ("not", "never")
ME = ("me", "myself")
I_ME = ("me", "i", "myself")
DENY_AFTER = ("not", "never", "neither", "also not")
#: "... and me too": the patient has it as well ({ME_TOO_SUBJECT} ... {ALSO} at the end of a clause)
#: a sign read about, then owned: "i read weight loss is a warning sign, thats me" (session 22)
HEARSAY_MINE = (r"(?:that|thats|that s|this|this is|which) (?:is )?(?:me|my case|what i have|happening to me)", r"sounds like me",
                r"(?:i|ive|i ve) (?:have|got|had) (?:that|this|it) (?:too|as well)")
#: ... owned when thought to be had (session 23K): "what is saddle anaesthesia? i think i have it", "i might have that"
HEARSAY_MINE += (r"i (?:think|reckon|guess|fear|suspect|believe) (?:i (?:have|ve got|have got|got|might have|may have)|thats what i have"
                 r"|thats me|its what i have)", r"i (?:might|may|could) (?:have|have got|be having) (?:it|that|this)",
                 r"(?:i|ive|i ve) (?:have|got|have got) (?:it|that|this)\b(?! (?:\w+ )?(?:not|never)\b)", r"(?:could|do|can) i have (?:it|that|this)")
ME_TOO_SUBJECT = ("i", "me", "myself")
ALSO = ("too", "also", "as well")
ME_TOO = (r"(?:so|as) (?:did|do|have|had|am) i", "me too", r"same (?:here|for me|with me)",
          # the patient first in a pair: "me and my mum both had cancer"
          r"(?:me|i|myself) and (?:my |me )?\w+(?: \w+)? (?:both|have both|had both|each)\b")

# ---- read-outs of one rule (the skip functions) ----
#: "I don't feel pain there": a "don't feel" numbness that is about pain (the match starts so)
NOT_FEEL_START = ("dont", "doesnt")
#: nothing odd felt told to the saddle or bladder question is a no (session 19g): "didnt feel anything wrong", "never noticed
#: anything unusual", "felt nothing out of the ordinary" (not "didnt feel anything", "cant feel anything wrong": unclear)
NOTHING_ODD_FELT = (
    r"(?:didnt|did not|never|havent|have not|hasnt|dont|do not|doesnt|does not) (?:even |really |ever )?(?:feel|felt|notice|noticed|sense"
    r"|sensed) (?:anything|nothing|owt) (?:at all )?(?:wrong|unusual|weird|strange|different|odd|abnormal|funny|out of the ordinary|amiss)",
    r"(?:felt|noticed|sensed) nothing (?:at all )?(?:wrong|unusual|weird|strange|different|odd|abnormal|funny|out of the ordinary|amiss)",
    r"nothing (?:wrong|unusual|weird|strange|odd|abnormal|funny|amiss) (?:felt|noticed|sensed)",
)
PAIN = ("pain", r"hurt\w*", "ache", "aching")

#: "suddenly" or "at once" said with a blow word, no blow (session 40H; bot/reading/redflags.py blow_idiom): "lifted the box and
#: in one hit my back went", "at a stroke my lower back locked", "at one blow" (not "took a hit to the back", "a blow to the back")
BLOW_IDIOMS = (
    r"\b(?:in|at) (?:one|1|a single|one single|just one) (?:hit|blow|stroke|go)\b",
    r"\bat a stroke\b",
)

# ---- session 24: a pain told with peeing, an urge to go elsewhere, the pain's place, a fever kept down by pills ----
#: a pain denied or made light of (bot/reading/redflags.py _PAIN_DENIED): "didnt feel any pain", "i hardly feel the pain", "it
#: doesnt hurt" tell of pain, not of the bladder (not "i cant feel when i pee"; the words between are fillers only, so "cant pee
#: without pain" keeps its "cant pee")
PAIN_DENIED = (
    r"(?:no|not|dont|didnt|doesnt|never|hardly|barely|scarcely|without|isnt|wasnt|cant|couldnt|nor) (?:(?:feel|felt|feeling|have"
    r"|had|get|got|notice|noticed|any|the|much|a|real|really|even|too|that|so|bit|of|it|is|was) ){0,3}(?:pain|pains|painful|hurt"
    r"|hurts|hurting|sting|stings|stinging|burn|burns|burning|sore|soreness|discomfort|ache|aches|aching)",
)
#: the urge to go told of another place than the toilet (bot/reading/redflags.py _NOT_TOILET_AFTER): "never felt the need to go to
#: a doctor", "no urge to go see the gp"
NOT_TOILET_AFTER = (
    r"(?:(?:to|and) (?:see )?|see )(?:a |the |my |an )?(?:doctors?|docs?|gp|hospital|emergency|urgent care|physio\w*|chiro\w*"
    r"|osteo\w*|dentist|specialist|clinic|surgery|pharmacy|chemist)",
    # a check-up, someone to see (session 25X): "never felt the need to go and get it checked", "no need to go and see anyone"
    r"(?:to|and) (?:get|have) (?:it|this|that|them|things|my back|me) (?:\w+ )?(?:checked|looked at|seen to|seen|examined|scanned"
    r"|x rayed|xrayed)",
    r"(?:(?:to|and) (?:see )?|see )(?:anyone|anybody|someone|somebody|a professional|a nurse|the nurse|a consultant|a&e|a and e|casualty"
    r"|walk in|out of hours)",
)
#: the pain told where it is, right before a position (bot/reading/redflags.py _night_skip): "the pain is on my left side and on
#: my back", "it hurts on my back" (not "its worse on my back", "it hurts when on my back")
_PLACE_GAP = r"(?: (?!(?:worse|worst|better|when|whenever|if|while|once|after|as|only)\b)\w+){0,6}?"
PAIN_PLACED = (r"(?:pain|ache|aching|soreness|it) (?:is|sits|was|stays|seems to be)" + _PLACE_GAP,
               r"(?:hurts|aches|hurting|aching|sore|pain|ache)" + _PLACE_GAP)
#: a fever gone only while a fever-lowering pill works (bot/reading/redflags.py _FEVER_MASKED): "the fever goes when i take
#: paracetamol", "as long as im on ibuprofen my temp is normal", "paracetamol keeps it down"
_FEVER_MEDS = (r"(?:paracetamol|acetaminophen|tylenol|panadol|calpol|ibuprofen|nurofen|advil|motrin|aspirin|co ?codamol|pain ?killers?"
               r"|pills|tablets|meds|medication|fever reducers?|lemsip|beechams)")
FEVER_MASKED = (r"(?:when|whenever|if|as long as|while|only with|with|on)(?: \w+){0,3}? " + _FEVER_MEDS,
                _FEVER_MEDS + r" (?:\w+ ){0,2}?(?:keeps?|keeping|brings?|bringing|knocks?|knocking) (?:it|the fever|(?:my |the )?temp\w*) down")
#: a fever of the last day told over (session 25): still a fever, the safe side ("had a fever last night, fine again this
#: morning": a fever comes and goes, and clinical-rules.md gives no time after which it is over)
FEVER_RECENT = (r"last night", "yesterday", "this morning", "today", "tonight", "overnight", r"in the night", r"earlier today")
#: a Dutch guard ("ik weet dat ik moet plassen"): the match starts so, names a when, and needs a negation; none in English
GUARD_START: tuple = ()
GUARD_WHEN: tuple = ()
GUARD_NEG: tuple = ()
#: "afraid of falling", "I might fall": a fall that has not happened
FALL_DOUBT = ("might", "may", "could", "will", "would", "wont", "dont want")
FALL_STEMS = ("fall",)
#: "my jeans are falling off me" is weight, not a fall (the match starts so)
FALLING_OFF = ("fall",)
#: things that slide or fall off (the subject of "slid", "fell", "falling off"): no fall of the patient's
_THINGS = (
    r"(?:ice |heat |gel |cold |wheat |hot |microwave )?(?:packs?|pads?|bags?|patch(?:es)?)|peas|(?:hot )?water bottles?|bottles?"
    r"|pillows?|cushions?|towels?|blankets?|duvet|covers|brace|belt|support|plasters?|dressing|tens|strap"
    r"|glasses|specs|phone|remote|book"
)
#: the words that may stand between such a thing and its verb: "the peas had all slid", "sliders keep falling off"
_AUX = (r"(?: (?:had|has|have|just|all|kept|keep|keeps|always|would|will|still|also|both|then"
        # told with "is", "was" (session 27O): "the sandal is always falling off", "the crocs were falling off" (a foot drop's sign)
        r"|is|are|was|were|been|be|often|constantly|forever|sometimes)){0,3}")
#: a trauma word that is no trauma: (how the word ends or is, what just precedes it, what follows it)
#: "by accident"; "an accident in my pants", "toilet accidents", "had an accident, pooed myself"
#: are the bladder or bowel; tripping "twice this week" is a foot that catches, not a fall that
#: started the pain (the trip's weakness is read by the weakness rules)
#: an illness or a drug that lays someone low (session 24T): "knocked out with the flu", "got hit hard by covid"
_LAID_LOW_BY = (
    r"(?:(?:the|a|an|this|that|some|my|me|bad|nasty|horrible|awful|stinking|heavy|really|proper|dose of|bout of|touch of) )*"
    r"(?:flu|influenza|man flu|covid|covid19|corona|virus|bug|tummy bug|stomach bug|sickness bug|winter bug|cold|chest infection"
    r"|infection|pneumonia|bronchitis|tonsillitis|strep|sinusitis|gastro|gastroenteritis|norovirus|noro|sickness|illness|fever"
    r"|temperature|migraine|food poisoning|glandular fever|lurgy|lurgi|shingles|chickenpox|measles|meds|medication|tablets|pills"
    r"|painkillers|sleeping pills|tramadol|codeine|morphine|anaesthetic|anesthetic|antibiotics|vaccine|jab|booster)s?"
)
NOT_A_FALL = (
    # laid low by an illness or a drug, no blow (session 24T): "knocked out with the flu", "was knocked for six by a bug",
    # "got hit hard by covid" (not "knocked out when i fell", "got knocked down by a car")
    (r"\b(?:knocked|hit|struck|floored|flattened|poleaxed|wiped out)(?: (?:down|over|off|out|flat))?$", None,
     (r"^(?: (?:out|down|flat|sideways|over|for six|for a six|right out|clean out|off my feet|off me feet|hard|badly|bad|proper"
      r"|properly|really|completely|totally|right|good and proper|for (?:\w+ ){0,2}?(?:days?|weeks?)|last week|this week)){0,3}"
      r" (?:with|by|from|wiv|wid) " + _LAID_LOW_BY + r"\b",)),
    # struck or hit by a thought, a story or a kindness: moved, no blow (session 32AP): "i was struck by how calm he stayed", "got hit
    # by the news of her death" (not "struck by a car", "hit by a falling branch")
    (r"\b(?:struck|hit|touched|moved|taken)$", None,
     (r"^ by (?:how|what|the way|the fact|the thought|the idea|the realisation|the realization|the news|the story|the beauty"
      r"|the kindness|(?:(?:his|her|their|your|the|a|this|that|all the|such) )?(?:\w+ )?(?:story|stories|words|kindness|letter|speech"
      r"|gesture|song|film|movie|book|message|note|card|poem|grief|loss|news|death|passing|tears|generosity|support|care|thoughtfulness))\b",)),
    # a jolt felt, not a blow from outside (session 22G): "felt a knock in my back as i tensed up" (a blow told: "took a knock")
    (r"^(?:a|an|the) (?:\w+ )?(?:knock|hit|blow|whack|thump|jolt|bang)", r"\b(?:felt|feel|feels|feeling|like)$", ()),
    # an accident or a crash someone saw: "saw an accident on the roundabout"
    (r"(?:accident|crash|collision)$", r"\b(?:saw|seen|witnessed|watched|see) (?:an?|the|that)$", ()),
    (r"(?:accident|acident|accidnet|accedent|accsident|accidant|accidend)$", r"\b(?:by|toilet|bladder|bowel|pee|wee|poo|poop|peeing|weeing|pooing|number two|number one|{URINE}|{STOOL})$",
     (r"^s? " + _IN_ACCIDENT_PLACE + r"\b", r"^s?(?: ,| and| i)?(?: \w+){0,2}? {SOILED}\b",
      r"^s? (?:with|involving) (?:my |the |a |some |his |her )?{SPILLED}\b",
      # the bowel or bladder named after it: "an accident w a number two", "a little accident with my bladder"
      r"^s? (?:with|w|involving|of) (?:my |the |a |an |some |me )?(?:little |small |bit of a |bit of )?(?:{URINE}|{STOOL}|poop|pooh"
      r"|number one|wee wee|bowels?|bladder)\b",
      r"^s?(?: \w+){0,3}?(?: ,)? (?:i )?(?:knocke[d]|spille[d]|spil[t]|droppe[d]|tippe[d]|spli[t]|brok[e]) (?:\w+ ){0,2}?{SPILLED}\b",
      # the stool or urine in apposition: "had an accident, a poo, didnt even feel it", "an accident, a wee one" (not "a wee
      # one, on the bike": a small accident)
      r"^s?(?: \w+){0,2}?(?: ,)? (?:just |only )?(?:a |an |some )?(?:littl[e] |smal[l] |tiny |big |bit of )?(?:{URINE}|{STOOL}|poop|pooh"
      r"|numbe[r] one|numbe[r] two|wet one)\b(?!(?:(?: ,)? \w+){0,4}?(?: ,)? (?:bike|car|van|motorbik[e]|road|stair[s]|ladde[r]|hors[e]|cras[h]|fell"
      r"|fall|ice)\b)")),
    # the soiling told further on in the sentence (session 19j): "had an accident this morning, there was a mark in my pants"
    # (not "an accident on the motorway ..., a mark on my pants from the seatbelt", "blood stains on my trousers")
    (r"(?:accident|acident|accidnet|accedent|accsident|accidant|accidend)$", None,
     (r"^s?(?! (?:on|in|at|with|involving|while|when|drivin[g]|cycling|riding|at work|of)\b)(?: \S+){0,8}?(?<!blood)(?<!oil)(?<!mud)"
      r"(?<!gras[s])(?<!paint) (?:marks?|skid marks?|stains?|streaks?|traces?|poo|poop|wee|pee|wet patch|mess) (?:\w+ ){0,2}?(?:in|on)"
      r" (?:my |me |the )?(?:\w+ )?" + _OWN_ACCIDENT_PLACES + r"\b",)),
    # (the count up to six words before, session 18c: "twice this week on the stairs ive tripped")
    (r"^(?:tripped|stumbled)\b", r"\b{REPEATED}(?: (?!(?:and|but|then)\b)\w+){0,6}$", (r"^(?: \w+){0,5}? {REPEATED}\b",)),
    # ... the count inside the trip's own words (session 23N): "tripped 2x on the kerb", "stumbled twice over the step" (any
    # text after it)
    (r"^(?:trippe[d]|stumble[d]) (?:\w+ )?(?:\d+ ?x|twic[e]|(?:\d+|two|three|four|a few|a couple of|several) time[s]) ", None, (r"",)),
    # the kerb or a step struck with the foot, not the body (session 25Z, the foot drop's sign): "crashed into the kerb with my
    # toe twice", "smashed into the step with my foot" (not "... with my bike", not "... and went flying")
    (r"\b(?:crash|crashed|smashed|slammed|bashed|banged|smacked|whacked|thumped|clattered|cracked)(?: (?:on|onto|into|against))?$", None,
     (r"^(?: \w+){0,3}? (?:the |a |that |this |those )?(?:kerb|kerbs|curb|curbs|kerbstone|kerbstones|step|steps|pavement edge"
      r"|edge of the pavement|edge of the kerb) (?:with|wiv|wi) (?:my|me|the) (?:\w+ )?(?:foot|feet|toe|toes|shoe|shoes|trainer|trainers)\b"
      r"(?!(?: \S+){0,6}? (?:and|then|n|but) (?:i )?(?:fell|went|lande[d]|hit|ended|face ?plante[d]))",
      # the foot named first: "crashed my toes into the kerb twice"
      r"^ (?:my|me|the) (?:\w+ )?(?:foot|feet|toe|toes|shoe|shoes) (?:\w+ )?(?:into|on|onto|against|off) (?:the |a )?(?:kerb|kerbs|curb"
      r"|curbs|kerbstone|step|steps|pavement edge)\b(?!(?: \S+){0,6}? (?:and|then|n|but) (?:i )?(?:fell|went|lande[d]|hit|ended))",)),
    # ... the kerb inside the trauma words: "i smacked into the kerb with my toe"
    (r"\b(?:crash|crashed|smashed|slammed|bashed|banged|smacked|whacked|thumped|clattered|cracked) (?:\w+ )?(?:on|onto|into|against)"
     r" (?:the |a )?(?:kerb|kerbs|curb|curbs|kerbstone|kerbstones|step|steps)$", None,
     (r"^ (?:with|wiv|wi) (?:my|me|the) (?:\w+ )?(?:foot|feet|toe|toes|shoe|shoes|trainer|trainers)\b"
      r"(?!(?: \S+){0,6}? (?:and|then|n|but) (?:i )?(?:fell|went|lande[d]|hit|ended|face ?plante[d]))",)),
    # a trip or a slip without a fall: "tripped over the dogs lead, didnt go down", "stumbled but managed to stay up",
    # "slipped on the ice, caught myself on the railing" (no fall told before it: "tripped, fell, didnt break anything")
    # (a step missed, the footing lost, session 25F1: "missed the bottom step but grabbed the handrail")
    (r"^(?:trippe[d]|stumble[d]|slippe[d]|slid|misse[d] (?:\w+ ){0,2}?(?:ste[p]|steps|stai[r]|stairs|footin[g])|los[t] (?:my|me|her|his) footin[g])\b", None,
     # (up to twelve words before, session 18e: "slipped on the black ice outside tesco, grabbed the trolley shelter and
     # didnt actually go down")
     # ("foot went from under me": a slip, not a fall; session 21c)
     (r"^(?:(?: ,)? (?!(?:fell|fall|fallin[g]|lande[d]|hit)\b|went (?:down|over|flat|flyin[g]|fallin[g])\b)\w+){0,14}?(?: ,| but| and| n| so)+ (?:i |luckil[y] |thankfull[y] |but )*"
      r"(?:(?:didn[t]|did not|didn t|neve[r]|dint) (?:actuall[y] |quit[e] |full[y] )?(?:go down|fall|fell|fall over|hit the (?:floo[r]|groun[d]|deck))"
      # caught on a rail (session 16d): "slipped on the wet decking, grabbed the railing so didnt go down"
      r"|(?:grabbe[d]|caugh[t]|hel[d] onto|hel[d] on to|clun[g] to|clun[g] on to) (?:hold of |onto |on to )?(?:the |a |my )?(?:\w+ )?"
      r"(?:railin[g]|rai[l]|banniste[r]|baniste[r]|handrai[l]|wal[l]|fenc[e]|doo[r]|tabl[e]|pos[t]|counte[r]|gutte[r]|sin[k]|chai[r]|shelte[r]|lamppos[t]|lamp pos[t]|bollar[d]|trolle[y]|ca[r]|bi[n])"
      r"|(?:caugh[t]|grabbe[d]|steadie[d]|save[d]|stoppe[d]) (?:mysel[f]|mesel[f]|me)\b|manage[d] to (?:stay up|stay uprigh[t]|stay on my feet"
      r"|keep my feet|keep my balanc[e]|catc[h] mysel[f]|grab)|(?:staye[d]|kept) (?:up|uprigh[t]|on my feet))\b",)),
    # ... a fall denied in Pidgin or street words (session 25Z, West-African Pidgin): "i slip for kitchen, e no fall", "slipped
    # for market, i no land for ground", "i slip for toilet but i no reach ground" (not "i slip for bathroom and fall", "i no
    # fit stand since i fall")
    (r"^(?:slip|slippe[d]|slid|trip|trippe[d]|stumbl[e]|stumble[d])\b", None,
     (r"^(?:(?: ,)? (?!(?:fell|fall|fallin[g]|lande[d]|land|drop|droppe[d]|hit)\b)\w+){0,10}?(?: ,| but| and| n| o| sha)+"
      r" (?:i |e |she |he |me |luckil[y] |thankfull[y] |but |sha |sef |o )*(?:no|neva|nor|never|didn[t]|didn t|did not|dint)"
      r" (?:even |actuall[y] |really |quit[e] |full[y] )?(?:fall|fall down|fall for groun[d]|land|drop|go down|reach (?:the |di )?groun[d]"
      r"|touc[h] (?:the |di )?groun[d]|hit (?:the |di )?(?:groun[d]|floo[r]))\b",)),
    # a trip over the rug, the mat, the threshold, no fall told (session 21c): the foot drop's sign, not the onset ("tripped over
    # the dog" stays a fall; "... and fell": "fell")
    # (or over nothing, over one's own feet, session 23N: "tripped over nothing today", "stumbled over my own feet")
    (r"^(?:trippe[d]|stumble[d]) (?:on|over)$", None,
     (r"^ (?:the |a |an |my |our |that |this )?(?:\w+ )?(?:rug|mat|doorma[t]|carpe[t]|threshol[d]|doorste[p]|edge of the (?:rug|carpe[t]|mat)"
      r"|nothin[g]|nuthin[g]|nowt|thin ai[r]|own (?:two )?(?:fee[t]|foo[t]))\b"
      r"(?!(?: \S+){0,6}? (?:and|then|n|but) (?:i )?(?:fell|went|lande[d]|hit|ended|face ?plante[d]|crashe[d]))",)),
    # a simile (session 21c): "achy like ive been kicked by a donkey", "feels as if i got hit by a bus" (not "like when i
    # was hit by the car")
    (r".", r"\b(?:like|as if|as though)(?: (?!(?:when|after|since|the time|that time|before)\b)\w+){0,3}$", ()),
    # a near fall: "nearly went flat on my face stepping off the bus", "almost had a fall"
    (r".", r"\b(?:nearly|almost|near enough|practically)(?: \w+)?$", ()),
    # ... in dialect words, just before the fall (session 21f): "i near fell on the ice", "nigh on fell", "all but fell"
    (r"^(?:fell|fall|fallen|went (?:down|over|flyin[g]))\b", r"\b(?:near|nigh|nigh on|well nigh|all but)$", ()),
    # a thing that slides or falls, not the patient: "the bag of peas slid down", "my sliders keep falling off"
    (r"^(?:sl[iy]d|slides?|sliding|slip(?:s|ped|ping)?|fall(?:s|ing|en)?|fell)\b", rf"\b(?:{_THINGS}){_AUX}$", ()),
    # footwear that falls or slips off ("my flip flop keeps falling off", "my sandal slipped off"); a shoe that
    # slips on the floor is the patient slipping
    (r"^(?:fall(?:s|ing|en)?|fell)\b", r"\b{FOOTWEAR}" + _AUX + "$", ()),
    (r"^(?:sl[iy]d|slides?|sliding|slip(?:s|ped|ping)?) (?:\w+ )?off$", r"\b{FOOTWEAR}" + _AUX + "$", ()),
    # ... or "it", "they" (an object) that slid or slipped: "woke up n theyd slid right down"
    (r"^(?:sl[iy]d|slides?|sliding|slip(?:s|ped|ping)?)\b",
     rf"\b(?:it|its|itd|they|theyd|theyve|theyre|which){_AUX}$", ()),
)  # fmt: skip
#: a fall long ago said to be unrelated ("fell off a horse 10 yrs ago but this is nothing to do with that")
LONG_AGO = (r"(?:\d+|a few|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten|twenty) (?:years?|yrs?) ago",
            "years ago", "ages ago",
            # a year back or more (session 33K): "last year", "a year ago", "the year before last", "back in 2019"
            r"last (?:year|yr)", r"(?:a|one|over a|more than a) (?:year|yr) ago", r"year before last", r"back in (?:19|20)\d\d", r"as a (?:kid|child|teenager|teen)",
            r"when i was (?:like |about |only |just )?(?:a kid|young|little|a teenager|\d+|a child)")
UNRELATED = (r"nothing to do with (?:it|that|this|the pain|my back)", r"not (?:related|connected) to (?:it|that|this)",
             "unrelated", r"this (?:is|one is|time is|time its|feels) (?:different|something else|new)",
             r"(?:its|it is|this is) not (?:from|because of) (?:that|it)",
             # ... or healed with no pain left after it (session 33K): "nothing broken and no pain after", "healed fine", "fully
             # recovered from it", "was fine afterwards"
             r"(?:no|zero|not any|never had any|never any) (?:more |further )?(?:pain|problems?|issues?|trouble) (?:after|afterwards|since|after that|from it)",
             r"(?:healed|recovered) (?:fine|fully|completely|totally|well|100 ?percent|up fine)", r"(?:fully|completely|totally) (?:healed|recovered)",
             r"(?:was|felt) (?:totally |completely |perfectly )?(?:fine|ok|okay|good) (?:after|afterwards|within a (?:week|few days))")  # fmt: skip
#: "an accident with my coffee": a spill, not a fall
SPILLED = ("coffee", "tea", "drink", "cup", "mug", "glass", "wine", "water", "juice", "milk", "paint", "keyboard",
           "laptop", "phone", "dinner", "food", "soup")  # fmt: skip
#: soiling told after "an accident": "pooed myself", "wet myself", "peed my pants"
SOILED = (r"(?:pooed|pood|pooped|peed|weed|wet|soiled|messed|pissed|shat|shit) (?:myself|me|my (?:pants|trousers|knickers|bed))",)
#: a thing that keeps happening: "twice", "3 times this week", "all the time"
REPEATED = ("twice", r"(?:\d+|two|three|four|five|a few|few|several|many|so many) times", "again and again",
            # a count told "2x", "a couple of times" (session 23N): "tripped 2x on the kerb yesterday"
            r"\d+ ?x", r"(?:a )?coupl[e] (?:of )?time[s]",
            "over and over", "all the time", "constantly", "every day", "a lot", "loads", "keep", "kept")  # fmt: skip

# ---- a negation after the finding: "fever: no", "koorts heb ik niet" (bot/reading/redflags.py _SUFFIX_NEG) ----
SUFFIX_VERB = ("do", "did", "have", "am", "are", "were", "got", "get", "had", "was", "is")
SUFFIX_SUBJECT = ("i", "it", "they", "we")
SUFFIX_ADVERB = ("really", "actually", "thankfully", "luckily", "gladly", "also")
SUFFIX_NO = ("no", "none", "nope", "never", "not", "nothing", "nah", r"(?:i )?dont think so", "i think not")
SUFFIX_TAIL = ("at all", "really", "so", "thank god", "thankfully", "ever", "i think", "anymore", "any more", "more")

# ---- the bladder and bowel safety net (bot/reading/redflags.py _bladder_bowel_net) ----
#: "wee" not the Flemish "weer" (again) after a Dutch word (session 22): "da t nie wee terugkomt", "ik kan ni wee sporten"
#: ... no word that only starts with "pee" (session 34Z): "cant peel the spuds", "cant peer over", "cant peek", "not a peep",
#: "peeved", "peewee" (pee, peed, peeing, pees, "peeeee", "peepee" stay)
NET_BLADDER = (r"pee(?![lkrv]|p(?!ee)|wee|wit)\w*", r"(?<!\bniet )(?<!\bnie )(?<!\bni )(?<!\bnooit )(?<!\bnog )(?<!\bda )(?<!\bdat )(?<!\bhet )(?<!\bal )"
               r"(?<!\book )(?<!\bzo )(?<!\ber )(?<!\bkan )(?<!\bkomt )(?<!\bgaat )wee(?! (?:terug\w*|opnieuw|gebeur\w*"
               r"|komt|komen|doen|gaan|goe|goed|bete[r]|weg|van|aan|op|mee|nie|niet|ni)\b)", r"urin\w*", "bladder", r"incontinen\w*", r"urge to (?:go|pee)",
               r"weein[g]")  # "weeing has gone odd" (session 38B)
NET_BOWEL = (r"bowel\w*", r"stool\w*", r"poo+p?(?!r)\w*", r"faec\w*", r"fec\w*",  # not "poor", "poorly"
             r"number twos?", r"big jobs?")  # the nursery words (session 21e)
NET_BLADDER_TROUBLE = (
    r"can'?t", "cannot", "can not", "unable", "not", "isnt", "arent", "wasnt", "doesnt", "dont", "didnt", "wont", "aint",
    "trouble", r"problem\w*", r"difficult\w*", "hard", r"struggl\w*",
    # the stream slow to start (session 19): "peeing takes ages before it starts"
    r"before (?:it|anything|something) (?:starts?|comes?|happens?|flows?)", r"takes? (?:ages|forever)", r"leak\w*", "lose", "losing", "lost",
    r"control\w*", r"hold\w*", "pants", "wet", r"accident\w*", "urge", "weird",
    # nothing passed (session 32AV): "nothing comes out when i try to pee", "not a drop since breakfast"
    r"nothing (?:comes?|came|coming|will come|wants to come) out", r"nothing(?:s| is)? coming", r"(?:not|no|never) a drop",
    # only a dribble (session 38B): "weeing is odd, it is just a dribble now"
    r"(?:only|just|barely|nothing but) (?:a )?(?:dribbl\w*|few drops)",
)  # fmt: skip
NET_BOWEL_TROUBLE = (r"hold\w*", r"control\w*", r"leak\w*", r"accident\w*", "pants", "urge", "lose", "losing", "lost")
#: a check of the organ, no lost control (session 36D; bot/reading/redflags.py _bladder_bowel_net): in a clause telling of an
#: illness of the bladder, bowel or prostate or of its follow-up (CHECKUP_TOLD: "had bowel cancer, now a control every 6 months",
#: "bladder cancer, regular controls with the urologist"), the word of control (CONTROL_AS_CHECK) is the check, not the trouble;
#: never with a loss told in the clause (CONTROL_LOST: "lost control of my bowels since the op", "no control over my bladder")
CHECKUP_TOLD = (# an infection of the water over and its control test (session 45U): "had a kidney infection, the control urine test
                # was clean"
                r"infectio[n]s?", r"ut[i]s?", r"cystiti[s]", r"(?:urine|wee|pee) (?:tes[t]|tests|sampl[e]|samples)",
                r"cance[r]\w*", r"tumou?rs?", r"carcinom\w*", r"polyps?", r"cystoscop\w*", r"colonoscop\w*", r"oncolog\w*", r"urolog\w*",
                r"follow ?ups?", r"check ?ups?", r"screenin[g]", r"surveillanc[e]", r"remissio[n]",
                r"(?:every|each) (?:\d+|two|three|four|six|twelve) (?:month|week|year)s?", r"(?:yearl[y]|annual\w*|six monthly)")
CONTROL_AS_CHECK = (r"(?:under )?control(?:s|led)?",)
CONTROL_LOST = (r"no", r"not", r"(?:can|don|didn|won|isn|aren|wasn|weren|doesn|haven|hasn|couldn|ain)t", r"cannot", r"never", r"lost", r"lose", r"losin[g]", r"loss", r"gone", r"without", r"poor", r"bad",
                r"less", r"little", r"hard", r"troubl[e]", r"proble[m]\w*", r"struggl\w*", r"difficult\w*", r"weak\w*", r"worse", r"rubbis[h]",
                r"terribl[e]", r"awful", r"out of", r"any ?more", r"leak\w*", r"accident\w*", r"incontinen\w*", r"issu[e]s?",
                r"control (?:over|of) (?:my|me|the|them)")
#: a sign that all is well (regexes with their own word edges); "no (...) problems" is {NO_ANY} ... {A_PROBLEM}
#: ("normally id ..." is usually, not well)
ALL_WELL = (# a problem denied with "dont have any" (session 18d): "i dont have any problem with urine or passing stool"
            r"\b(?:dont|do not|didnt|did not|havent|have not|never) (?:have |had |got |get )?(?:any |a )?(?:\w+ )?(?:problem|trouble|issu[e]|difficult)\w*",
            # more often than usual denied (session 32AV): "i dont pee more often than usual" (no retention told; not denied stays)
            r"\b(?:dont|do not|didnt|not|no|never|isnt|havent|have not) (?:\w+ ){0,2}?(?:more|any more) (?:ofte[n] |frequently )?than (?:usua[l]|normal\w*|before|i used to|i usually do|i normall[y] do)\b",
            r"\bfine\b", r"\bnormal(?!ly (?:i|id|im|ive|we|my)\b)\w*", r"\bok(?:ay|e)?\b", r"\bcan still\b", r"\bno change\b", r"\bconstipat\w*",
            # done without trouble (session 27, lead): "i passed urine this morning without any trouble" (as "zonder problemen",
            # "sans problème" already read)
            r"\bwithout (?:any |a )?(?:\w+ )?(?:problem|trouble|issu[e]|difficult)\w*",
            # an accident denied: "i didnt pee in my sleep", "never wet myself" (no retention told either)
            r"\b(?:didnt|havent|hasnt|did not|have not|never) (?:\w+ )?(?:pee|peed|wee|weed|wet|poo|pooed|pooped|soiled)"
            r"(?: \w+)? (?:(?:in|on) (?:my |me |the )?(?:\w+ )?" + _OWN_ACCIDENT_PLACES + r"|myself|the bed)\b")
NO_ANY = ("no",)
#: a sign asked about in general, with "you", "one" (session 21f): "can a slipped disc make you incontinent?", "can you
#: become incontinent from a hernia?" (a question, no complaint; "can i ..." stays read)
SIGN_ASKED = (r"^(?:\w+ ){0,2}?(?:can|could|does|do|will|would) (?:a |an |the )?(?:\w+ ){0,3}?(?:make|makes|cause|give|leave|render)"
              r" (?:you|one|people|someone|a person)\b",
              r"^(?:\w+ ){0,2}?(?:can|could|do|does|will|would) (?:you|one|people|someone|a person) (?:\w+ )?(?:become|get|go|end up)\b",
              # a sign it causes, asked about in general (session 22G): "does a slipped disc cause a fever", "can it give a fever too"
              # (not "does it give me ...": the patient's)
              r"^(?:\w+ ){0,2}?(?:can|could|does|do|will|would|is|are) (?:a |an |the )?(?:\w+ ){0,3}?(?:cause|causes|causing|give|gives|bring on"
              r"|brings on|lead to|leads to|come|comes|go|goes|make|makes|linked to|associated with)(?: with| along with)?\b(?! (?:me|my|us|our|him|her|i)\b)"
              r"(?:(?! (?:me|my|i|im|ive)\b) \w+)*$")
#: a sign named as the one to watch for, the check the leaflet or the doctor asks for (session 22G): "the leaflet says to watch out
#: for numbness in the saddle area" (the words just before the sign; the sign told had stays read in its own clause)
WATCH_FOR = (r"(?:watch|look|check|keep an eye) (?:out )?for(?: any| a| an| signs of| things like)?",
             # ... an eye kept on it, a lookout kept (session 42F): "keep an eye on any numbness", "be on the lookout for foot drop"
             r"keep an eye on(?: any| a| an| signs of)?", r"(?:be|keep) on the lookout for(?: any| a| an| signs of)?",
             r"keep a (?:lookout|look out|watch) for(?: any| a| an| signs of)?",
             r"be (?:alert|aware) (?:to|of|for)(?: any| a| an)?", r"warning signs? (?:like|such as|of)")
#: a sign's name, the term itself (session 23K): asked or read about as a term ("what is saddle anaesthesia?", "saddle
#: anesthesia?? what does that even mean", "i read about saddle anaesthesia") it is no sign the person has
SIGN_TERMS = (r"saddle (?:anaesthesia|anesthesia|anaesthetic|anesthetic|paraesthesia|paresthesia)",
              # ... the plain-word name of the sign too (session 31AM): "what exactly counts as saddle numbness?" ("i have saddle
              # numbness" is owned: a term only when asked)
              r"saddle (?:area )?(?:numbness|sensory loss|sensation loss)", r"(?:urinary|bladder) retention",
              # ... and night pain (session 24V): "is that the night pain they talk about?"
              r"(?:night ?time|night|nocturnal) ?pain")
#: a question opening on the term, asked as the one others talk of (session 24V, with TERM_TALKED_AFTER): "is that the ..."
TERM_QUESTION_BEFORE = (r"(?:is|was|could|would|might) (?:that|this|it)(?: be)?(?: just)?",
                        # ... as a kind of it (session 26C): "is that the bad kind of night pain they talk about"
                        r"(?:is|was|could|would|might) (?:that|this|it)(?: be)?(?: just)?(?: the| a| that)?(?: (?:bad|real|serious|dangerous|proper|scary|worrying|sinister|true))?"
                        r"(?: (?:kind|sort|type|form) of| one)",
                        r"(?:is|was|could|would|might) (?:that|this|it)(?: be)?(?: just)?(?: the| a| that) (?:bad|real|serious|dangerous|proper|scary|worrying|sinister|true)")
#: the talk of others right after the term: "... they talk about", "... doctors warn about", "... i read about online"
TERM_TALKED_AFTER = (r"(?:that |which )?(?:they|people|doctors|docs|everyone|everybody|you|the \w+|websites?|sites) (?:\w+ ){0,2}?"
                     r"(?:talk\w*|speak\w*|warn\w*|write|writes|wrote|written|mention\w*|go on|goes on|went on|keep on)\b",
                     r"(?:that |which )?(?:i |ive )?(?:read|heard|seen) (?:about )?(?:online|on the internet|on google|on the nhs)")
#: the words before the term that ask or read about it (up to two words between: "what is exactly the ...")
TERM_ASKED_BEFORE = (r"what (?:is|are|s)", r"whats", r"what (?:do|does)",  # "what does saddle anaesthesia even mean" (session 26C)
                      # the asking word put before the verb (session 33D): "what exactly is ...", "what actually are they on about with ..."
                      r"what (?:exactly|actually|really|precisely|concretely) (?:is|are)",
                      r"what (?:exactly |actually |really )?(?:is|are) (?:they|people|doctors|you|the \w+) (?:on about|going on about|talking about) with",
                      # what a sign's name takes in (session 31AM): "what exactly counts as saddle numbness", "what do they class as night pain"
                      r"what (?:exactly |actuall[y] |really |else )?(?:counts|count|qualifies|qualify|is classed|is classified|is meant) as",
                      r"what (?:do|does|would) (?:they|you|it|doctors|the \w+) (?:class|count|classify) as",
                      r"(?:what (?:is|s)|whats) that", r"what (?:do|does) (?:they|you|doctors|people|it|that|this|the \w+) mean by", r"meaning of",
                     r"definition of", r"explain", r"heard (?:of|about)", r"read (?:up )?(?:about|on)", r"reading (?:up )?(?:about|on)",
                     r"(?:something|anything|stuff|bit|info|information|article) (?:about|on)", r"(?:one|list|leaflet|page|site) (?:says|said|mentions"
                     r"|mentioned|lists|listed)", r"never heard of")
#: the words after the term that ask what it is (in its sentence or opening the next one): "..., what does that even mean"
TERM_ASKED_AFTER = (r"what (?:does|do) (?:that|it|this|they) (?:\w+ )?mean", r"what (?:is|s) (?:that|it|this)", r"whats (?:that|it|this)",
                    r"whatever (?:that|it) (?:is|means)", r"never heard of (?:it|that|this)", r"what would (?:that|it|this) (?:\w+ )?feel like",
                    r"how would (?:that|it|this) feel", r"what (?:is|are) the symptoms",
                    # how one would notice it (session 24T): "saddle anaesthesia, how do you notice it?", "how would i know"
                    r"how (?:do|would|can|could|does) (?:you|one|i|people|someone|a person) (?:even )?(?:know|tell|notice|spot|recogni[sz]e)")
#: the words that may stand between the asking and the term ("what is exactly the ...": no "this", no "my")
TERM_FILLERS = ("exactly", "even", "actually", "really", "the", "a", "an", "so", "called", "this thing called", "thing called")
#: a doubt before an owning ("if i have it", "whether i have that"): no owning ("not sure if ..." is, unsure counts as yes)
OWN_IF = ("if", "whether")
#: a what-if of some day to come (session 24W): "if one day ...", "if i ever ...", "should i ever ..."
ONE_DAY_IF = (r"(?:if|when) (?:one day|some day|someday|ever)", r"if (?:i|you) (?:\w+ )?ever", r"should (?:i|it) ever", r"in case i ever")
#: a described sign's meaning asked (session 24W): "what does it mean numbness in ...", "what is meant by ..."
MEANING_ASKED = (r"what (?:exactly )?(?:does|do) (?:it|that|this|they) (?:\w+ )?mean(?: by)?", r"what (?:is|s) meant by",
                 r"what (?:exactly )?(?:is|s) (?:the |a )?meaning of")
MEANING_NOT_BEFORE = ("when", "if", "that", "i", "im", "ive", "my", "me", "to", "for", "in", "if")
#: the person named after the term only as an object ("explain it to me"): no owning
ME_OBJECT = ("me", "myself")
#: a question of anyone's, the segment opening on it (session 23K): "if you cant pee", "does numbness round the groin mean ..."
GENERAL_SUBJECT = (r"(?:\w+ ){0,4}?(?:if|when|once) (?:you|one|someone|somebody|a person|people)\b", r"(?:you|one|someone|somebody|people) ",
                   # what a sign's name means, asked (session 23P): "is it when the bottom goes numb", "does it mean like when ..."
                   r"(?:is|does|would|will) (?:it|that|this) (?:\w+ )?(?:when|if) (?!(?:i|im|ive|me|my)\b)",
                   # a question of what a sign means, no subject of the person's: "does numbness round the groin mean something serious"
                   r"(?:does|do|is|are|can|could|would|will) (?!(?:i|im|ive|me|my)\b)(?:\w+ ){0,12}?(?:mean|means|be serious|be dangerous|be bad|serious"
                   r"|dangerous|an emergency|urgent|indicate|a sign|a red flag)\b",
                   # ... or a trip to hospital (session 34S): "does a leg going weak with back pain need a and e"
                   r"(?:does|do|is|are|can|could|would|will|should) (?!(?:i|im|ive|me|my)\b)(?:\w+ ){0,12}?(?:need|needs|mean|means|warrant)"
                   r" (?:a trip to |going to |a visit to )?(?:hospital|the hospital|a and e|the er|er|emergency|the emergency room|an ambulance)\b"
    # ... "a and e" cut at its "and" into two segments (session 34Y): "does a leg going weak ... need a" ends its segment
    r"|(?:does|do|is|are|can|could|would|will|should) (?!(?:i|im|ive|me|my)\b)(?:\w+ ){0,12}?(?:need|needs|warrant) a$",
                   # ... asked as a bad sign or a worry (session 26G): "is night pain a bad sign", "is pain at night worrying"
                   r"(?:is|are|does|do|can|could|would|will|isnt) (?!(?:i|im|ive|me|my)\b)(?:\w+ ){0,12}?(?:(?:a |an )?(?:bad|warning|danger"
                   r"|worrying|serious|red flag) (?:sign|signal|symptom)|bad|worrying|concerning|alarming|something (?:serious|bad|to worry"
                   r" about)|anything to worry about|a (?:worry|concern)|cause for concern)\b")
#: a question that takes up the sign named before the comma, whole by itself (session 26G): "night pain, is that a bad sign?"
TAKEN_UP_ASKED = (r"(?:is|could|would|might|can) (?:that|this|it)(?: be)?(?: (?:a|an|really|very|so|something))? (?:bad|serious|dangerous|worrying"
                  r"|concerning|a bad sign|bad sign|a red flag|red flag|a warning sign|an emergency|urgent)(?: sign)?",
                  r"(?:bad|serious|dangerous|worrying|a bad sign|bad sign|a red flag|red flag)")
#: a question whether to worry about a sign named in general (session 26G; bot/reading/redflags.py _told_in_general): the
#: person's own words in it ask, they own nothing ("should i worry about night pain"; not "... about my numb bum")
GENERAL_WORRY = (r"(?:should|do|must|shall) i (?:\w+ )?(?:worry|be worried|be concerned|be scared|be afraid|panic) (?:about|over|by|of)",
                 r"do i (?:need|have) to (?:worry|be worried|be concerned) (?:about|over|by)")
A_PROBLEM = (r"problem\w*", r"probs?", "trouble", r"issues?")
#: a trouble denied by the words just before it (session 19g): "zero issues with peeing", "never any trouble peeing"
TROUBLE_DENIED = ("zero", "never any", "never had any", "never have any", "not a single", "not any", "not the slightest")
#: ... said of another time or organ, which denies nothing of the trouble told now (session 19): "it wont come
#: properly, never had any problems before"
DENIED_ELSEWHERE = ("before", "till now", "until now", "up to now", "in my life", "ever", "previously", "prostate", "in the past")
#: ... unless denied: "not right", "niet meer goed"
NOT_WELL_NEG = ("not", "isnt", "doesnt", "dont", "wasnt")
NOT_WELL_MORE: tuple = ()
WELL = ("right", "well", "fine", "ok")
#: an animal told well besides those (session 34R): "the horse is okay, 39 fever" is the patient's fever
ANIMAL_WELL = ("okay", "alright")
#: a clause ends at "but"
CLAUSE_BUT = ("but",)

# ---- "is it normal that ...": the frame of a question about oneself (bot/reading/redflags.py _QUESTION_FRAME) ----
IS = ("is",)
IT = ("it", "this", "that")
NORMAL = ("normal", "ok", "okay", "serious", "bad", "dangerous", "a problem")
CAN_IT = ("can it be", "could it be")
THAT = ("that", "if", "when")
#: an infinitive after the question's frame (session 41J, _QUESTION_FRAME): none here, "is it normal to not be able to" reads as it is
INFINITIVE_TO: tuple = ()

#: "-ing" words whose dropped g is put back ("givin" -> "giving") besides those the patterns spell
ING_WORDS = tuple(
    """giving going doing feeling trying getting walking sleeping hurting aching losing leaking falling slipping
    stumbling tingling shivering sweating burning throbbing dribbling wetting pooing peeing""".split()
)

# ---- the normaliser's phrases (bot/reading/redflags.py normalise): (regex, replacement) on the
# ---- folded text, applied kind by kind in the engine's order, pack by pack within a kind ----
#: contractions (apostrophes are already gone: "can't" -> "cant")
CONTRACTIONS = (
    (r"\b(?:cannot|can not)\b", "cant"), (r"\bcould not\b", "couldnt"), (r"\bdo not\b", "dont"),
    (r"\bdoes not\b", "doesnt"), (r"\bdid not\b", "didnt"), (r"\bhave not\b", "havent"), (r"\bhas not\b", "hasnt"),
    (r"\bhad not\b", "hadnt"), (r"\bis not\b", "isnt"), (r"\bare not\b", "arent"), (r"\bwas not\b", "wasnt"),
    (r"\bwere not\b", "werent"), (r"\bwill not\b", "wont"), (r"\bwould not\b", "wouldnt"),
    # Scots "no even mine" is "not even mine" (session 16b)
    (r"\bno even (?=mine\b|my own\b)", "not even "),
)  # fmt: skip
#: fixed phrases that must survive splitting on "and"
JOINED_PHRASES = ((r"\bpins {PINS_AND}?needles\b", "pinsneedles"), (r"\bleft and right\b", "leftright"),
                  # ... "left an right", "left n right" (session 30W)
                  (r"\bleft (?:an|n) right\b", "leftright"),
                  # footwear, not a foot that flops: "my feet in flip flops"
                  (r"\bflip ?flops?\b", "flipflops"),
                  # the relevance hedged, not the sign (session 24U): "maybe important: i had bowel cancer", "possibly relevant,
                  # ..." (its "maybe" would read the sign after it as unsure, asked)
                  (r"\b(?:maybe|perhaps|possibly|probabl[y]|prob) (?:(?:its|it s|it is|this is|thats|that is|also|wort[h]) )?(?:important"
                   r"|relevant|wort[h] (?:mentioning|sayin[g]|knowing|notin[g])|good to know|useful(?: to know)?)(?: to (?:know|mentio[n]|say))?\b",
                   "relevant ,"))
PINS_AND = ("and ", "n ", "an ")  # "pins an needles" (Scots, Irish; session 30W)
#: the saddle area, before "legs" can be read as both legs
CROTCH_PHRASES = (
    (r"\bbetween (?:(?:my|me|the|both|your|ur|his|her|two) ){0,2}(?:legs|leg|thighs)\b", "crotchzone"),  # "between my two thighs" (session 33J)
    (r"\binner (?:side of (?:my |the )?)?thighs?\b", "crotchzone"),
    # "the inside of my thighs, up against my crotch, feels numb": the aside names the same area (session 18d)
    (r"\b(?:the )?insides? of (?:my |me |the |both )?(?:\w+ )?thighs\b", "crotchzone"),
    # ... right up at the top (session 31AI): "my inner thighs right up at the top, its like cardboard"
    (r"\bcrotchzone (?:right |way |all the way |just |really |very )?(?:up )?(?:at the top|near the top|at the very top|up top|high up|up high"
     r"|up near the groin|up by the groin)\b", "crotchzone"),
    (r"\bcrotchzone , (?:up |right )?(?:against|near|by|next to|toward[s]|round|around|at) (?:my |me |the )?(?:crotch|groin|privates"
     r"|bum|bottom|crotchzone) ,", "crotchzone"),
    # Nigerian Pidgin "laps" are the thighs (session 21e): "my yansh and in between my laps just dey numb"
    (r"\b(?:in )?between (?:my |me |the |both |your |ur |his |her )?laps\b", "crotchzone"),
)
#: uncertainty is never a negation (not sure counts as yes): read as "unsure"
UNSURE = (
    r"(?:im |i am )?not (?:really |quite |entirely |totally |100 )?(?:sure|certain)", "unsure", "uncertain",
    r"(?:i )?(?:dont|didnt) (?:really )?know", "dunno", "idk", "no idea", "no clue", "maybe", "perhaps", "possibly",
)  # fmt: skip
#: reasons are not a negation of a symptom: "for no apparent reason" -> "noreason" ({REASON_FOR}?{REASON_NO} ...)
REASON_FOR = ("for ",)
REASON_NO = ("no", "without")
REASON_ANY = ("any ", "apparent ", "obvious ", "clear ", "particular ", "real ")
REASON = ("reason", "cause", "explanation")
#: "without trying" (weight lost) is no negation either
NO_EFFORT = (
    (r"\bwithout (?:even |really )?(?:trying|dieting|meaning to|wanting to|any effort|effort"
     r"|doing anything|changing anything)\b", "noreason"),
    # ... without any diet (session 32BA): "without doing any diet i lost 7 kg", "without following a diet", "without any special diet"
    (r"\bwithout (?:doing |follow[i]ng |going on |starting |keeping to |sticking to )?(?:any |a |some )?(?:special |particular |real )?"
     r"(?:diet|diet[s]|dieting)\b", "noreason"),
)  # fmt: skip
#: spoken phrases: "no matter" is not a negation
SPOKEN_PHRASES = (
    (r"\bno matter\b", "nomatter"),
    # Scots "ma" = my before the seat or the legs, "no even" = not even (session 23P): "its like its no even ma bum" (the
    # French "ma" -> "mon" comes later; "ma" alone, the mother, stays)
    (r"\bma (?=(?:bum|bumhole|arse|erse|backside|bahookie|doup|bits|privates|fanny|taint|legs?|feet|back|bladder)\b)", "my "),
    (r"\bno (?=even (?:ma|my|mine|there|real|feel|feelin[g])\b)", "not "),
    # ... Scots "no"/"nae" = not before one's own in a likening (session 27J): "like its no ma ain backside", "its nae my own
    # arse", "its no mine" (the "ain" = own)
    (r"\b(?:ma|my|me) ai[n]\b", "my own"), (r"\bma (?=own\b)", "my "),
    # a call instruction before its "if" (session 31AM): "the leaflet says i should ring if i get numb down there" is "... says to ring
    # if ..." (the "i" told to call owns no sign; what follows the "if" is the leaflet's)
    (r"\b(?:that )?(?:i|we|you) (?:should|must|need to|have to|ough[t] to|am to|are to|was to|were to|had to|shud|gott[a]) (?:always |just |only )?"
     r"(call|ring|phone|come in|come back|go to a and e|go to a e|go to ae|go to the er|go to emergenc[y]|go to hospita[l]|seek help|get help|get in touc[h]"
     r"|contac[t] (?:you|them|the \w+)|go straight to \w+) (?:straight away |immediately |asap |urgently |right away |at once )?(if|when|should|in case)\b",
     r"to \1 \2"),
    # ... Scots "no" = not before a verb in -ing (session 31AM): "the pee's no comin right", "its no workin" (the denial of a
    # word after it is no denial of the dribble told next)
    (r"\b(is|its|it is|are|was|im|am|were) no (?=(?:comin[g]|goin[g]|workin[g]|flowin[g]|startin[g]|stoppin[g]|runnin[g]|gettin[g]"
     r"|passin[g]|emptyin[g]|behavin[g]|actin[g]|doin[g]|feelin[g])\b)", r"\1 not "),
    (r"\b(its|it is|is|its just|thats|theyre|they are|are) (?:no|nae) (?=(?:even |really )?(?:my own|mine)\b)", r"\1 not "),
    # Scots and Irish "wee" = small before what it sizes (session 27M): "a wee bit weak", "a wee while", "my wee boy", "the wee
    # girl" are no urine (not "one": "had an accident, a wee one") ("a wee", "go for a wee", "need a wee now", "wee leaking" still are)
    (r"\bwee (?=(?:bit|bitt[y]|bits|whil[e]|whili[e]|thin[g]|thing[s]|boy|boys|girl|girl[s]|lad|lads|lass|lassi[e]|laddi[e]|bair[n]|bairn[s]"
     r"|wean|wean[s]|yin|yins|man|wifi[e]|woma[n]|wummi[n]|baby|babb[y]|brothe[r]|siste[r]|grann[y]|dog|dug|cat|hoos[e]|hous[e]|flat|plac[e]|town|car"
     r"|job|walk|strol[l]|rest|lie|nap|kip|slee[p]|minut[e]|momen[t]|secon[d]|ache|pain|twing[e]|niggl[e]|tingl[e]|dram|drin[k]|cup|cupp[a]|chat"
     r"|questio[n]|look|trip|holida[y]|brea[k]|shif[t]|hour[s]|stif[f]|sore|tire[d]|weak|numb|tigh[t]|tende[r]|tickl[e]|worrie[d]|concerne[d]|scare[d]"
     r"|nervou[s]|bette[r]|slowe[r]|faste[r]|bigge[r]|smalle[r]|longe[r]|shorte[r]|sore[r]|stiffe[r]|weake[r])\b)", "little "),
    # Scots "giein" = giving (session 25Z, bracketed: no typo target): "baith ma legs are giein way"
    (r"\bgiei[n]\b", "giving"),
    # the Jamaican plural "dem" after the noun (session 23N): "mi foot dem numb" are the feet, "her leg dem" the legs
    (r"\b(?:foot|feet) dem\b", "feet"), (r"\blegs? dem\b", "legs"), (r"\btoes? dem\b", "toes"),
    # Nigerian Pidgin "no gree" is "will not" (session 21e): "urine no gree come out"
    (r"\bno (?:gree|agre[e]|gree to|wan|want to) (?=come|como[t]|pass|flow|go|run|commo[t])\b", "wont "),
    (r"\bhowever (?:i|you) (lie|lay|sleep|turn|sit)\b", r"whatever way i \1"),  # not the contrast word
    # the Northern and Irish possessive "me": "me mam had cancer" is "my mam", not the patient
    (r"\bme (?=(?:mam|mum|ma|mamm(?:y|ie)|da|dat|dad|nan|nana|nann(?:y|ie)|gran|grand(?:a|da)|grandad|missus|brother|sister"
     r"|bro|sis|auntie|aunt|uncle|son|daughter|lad|lass|kids?|husband|wife|pops?)\b)", "my "),
    # ... the kin in the plural, a number or an age between (session 26G): "two of me brothers", "both me sisters", "me
    # two uncles", "me older cousins"
    (r"\bme (?=(?:(?:two|three|four|five|both|olde[r]|younge[r]|big|little|eldest|oldes[t]|youngest|other) )?(?:brother[s]|sister[s]|bros"
     r"|auntie[s]|aunt[s]|uncle[s]|sons|daughter[s]|lads|lasse[s]|cousins?|nephews?|nieces?|grandkid[s]|grandsons?|granddaughters?|parents"
     r"|folk[s])\b)", "my "),
    # a knee or leg that "gives away" for "gives way", told by a non-native writer (session 38D): "my knee is giving away on the
    # stairs", "my leg give away many times a day" (no subject of its own between, no object after: "my knee hurts so i gave
    # away my bike", "my leg is fine, giving away the old sofa" stay)
    (r"\b({LEGWORD}(?: (?:,|(?!(?:i|im|ive|id|we|were|you|he|she|they|so|and|but|then|because|cos|as|or)\b)\w+)){0,3}?"
     r" (?:give|give[s]|gave|giving|given)) away\b(?! (?:my|me|mine|the|a|an|his|her|their|our|your|all|some|any|it|them|everythin[g]"
     r"|stuf[f]|thing[s]|this|that|these|those|for free|free)\b)", r"\1 way"),
    # ... and the non-native comparatives (session 38D): "it is getting more bad every day", "more worse", "my leg is more weak"
    # (not "no more", "any more", "more and more weak")
    (r"(?<!\bno )(?<!\bany )\bmore (?:bad|worse|badde[r])\b", "worse"),
    (r"(?<!\bno )(?<!\bany )(?<!\band )\bmore (?:weak|weaker)\b", "weaker"),
)
#: after the typos: a long "peee", a denial frame dropped to its negation ("can't say I've lost weight" -> "not")
LATE_PHRASES = (
    (r"\bpe{3,}\b", "pee"),
    # a relative named, a comma, then the cancer alone (session 27M): "not me but my big sister, colon cancer" is the sister's
    (r"\b((?:my|our) (?:(?:big|littl[e]|olde[r]|younge[r]|eldes[t]|oldes[t]|younges[t]|twin|late|dear|poor) )?(?:{FAMILY})s?) , (?=(?:\w+ ){0,3}?"
     r"(?:\w{0,20}canc[ae]r\w*|tumou?r\w*|leu[ck]a?emi\w*|lymphom\w*|melanom\w*)(?: \w+){0,3}?(?: ,| \.|$))", r"\1 had "),
    # an accident, a pause, then where (session 18): "had an accident... in my pants" is one sentence, a leak, no crash
    (r"\b(accidents?) \. (?=(?:in|on|all over|inside) (?:my |me |the |his |her )?(?:\w+ )?" + _OWN_ACCIDENT_PLACES
     + _NOT_A_PLACE_AFTER + ")", r"\1 "),
    (r"\b(dont|didnt) think that\b", r"\1 think"),
    (r"\bnever (felt|been|had) (so|this|such)\b", r"\1 \2"),
    (r"\b(?:cant|couldnt|wouldnt) (?:really |honestly )?say(?: that)?\b", "not"),
    (r"\b(?:apart from|other than|even though|as well as)\b", " besides "),
    (r"\band also\b", "and"),
)
#: clitics: "can't" -> "cant" (before "leg's" -> "leg is")
CLITICS = ((r"n't\b", "nt"),)
#: units glued to a number: "5kg" -> "5 kg"
UNITS = (r"kgs?", r"kilos?", r"kilograms?", r"lbs?", r"pounds?", r"stones?", "st")

# ---- ask first (bot/reading/redflags.py hinted_red_flags): a message that touches a red-flag
# ---- emergency topic brings that question forward; it never sets an answer, so the net is wide ----
#: the words of each topic (regex templates; "{NAME}" is a table merged over every pack)
HINT_TOPICS = {
    # the words themselves, not the tables: "water" and "poo+p" there would take "hot water bottle" and "poor"
    "bladder_bowel": ("pee", "peeing", "wee", "wees", "weeing", "piss", r"urin\w*", "bladder", "poo", "poos", "poop", "pooing",
                      "pooed", r"bowel\w*", r"stool\w*", r"f(?:a)?eces", "nappy", "nappies", r"wet (?:myself|me|the bed)",
                      r"(?:number|no) (?:one|two|1|2)s?",
                      # a wet patch: "the front of my shorts was wet"
                      r"(?:shorts|pants|trousers|knickers|undies|underwear|boxers|leggings|sheets|sofa|couch) (?:\w+ )?(?:was|were"
                      r"|is|are|got|all) (?:all |a bit )?(?:wet|damp|soaked)"),
    "both_legs": (r"both (?:of )?(?:my |the )?(?:legs?|feet|foot|sides|knees)", r"either (?:leg|foot|side)", "leftright"),
    "leg_weakness": (r"weak\w*", r"{CATCHES}", r"clums\w*", r"heavy (?:legs?|feet)|(?:legs?|feet) (?:\w+ ){0,3}?heavy",
                     r"(?:gives?|gave|giving) (?:way|out)", r"buckl\w*", r"wobbl\w*", r"stumbl\w*",
                     r"slap(?:s|ping|ped)?", r"flop\w*", "tiptoes", "heels", r"shak(?:y|ing|es)", r"trembl\w*",
                     # a foot or leg that will not do the movement: "the foot just wont twist out"
                     r"(?:foot|feet|legs?|knees?|ankles?) (?:\w+ ){0,2}?(?:wont|wouldnt|doesnt|didnt|cant|couldnt) (?:\w+ )?(?:twist"
                     r"|swing|lift|bend|push|move|hold)"),
}
#: places that count with a feeling word ({HINT_FEELING}) in the same part: "pain in my bum" alone
#: is sciatica, "a toilet at the practice" is no sign
HINT_PLACES = {
    "saddle_numbness": (r"{AREA}",),
    "bladder_bowel": ("toilet", "loo", "bathroom", "wc", "restroom"),
    # "my legs feel weird", "both calves tingly": the legs together
    "both_legs": ("legs", "feet", "calves", "shins", "thighs", "knees"),
}
#: the places count with one of these in the same part of the message
HINT_FEELING = (r"{NUMB_COMMON}", r"feel\w*", "felt", "sensation", r"weird\w*", "strange", "funny", "odd", "different",
                "wrong", "off", "cold", "nothing", "dead", "numbish", "fuzzy", "buzzing", r"electric\w*")  # fmt: skip
#: a topic named by a noun is denied by one of these right before it ("no fever", "never had cancer")
HINT_DENIAL = ("no", "not", "never", "without", "nor", "neither", "none", "dont", "didnt", "havent", "hasnt", "isnt",
               "wasnt", "doesnt", "arent")  # fmt: skip
#: a likeness after a comma tells the first sign again, no second one (bot/reading/redflags.py _LIST_NEXT, session 22H)
LIST_LIKE = ("like", "as if", "as though")
#: a sign asked about by a leaflet one was given, or by a doctor some time ago, then denied (session 25F2): "the sheet the
#: hospital gave me says come back if ...", "my physio asked last week whether i had ...", "i said no", "nothing like that
#: going on"
HEARSAY += (r"(?:leaflet|paper|papers|sheet|letter|handout|pamphlet|flyer|card|booklet|printout|discharge note)(?: \w+){0,3}? (?:gave|handed|sent"
            r"|printed|gives|hands) (?:me|us)(?: \w+){0,2}? (?:says|said|saying|tells me|told me|mentions|mentioned|lists)(?: that)?",
            r"(?:doctor|doc|dr|gp|physio|nurse|consultant|surgeon|specialist|chiropractor|osteo|pharmacist|he|she|they)(?: \w+){0,2}? (?:asked|asks"
            r"|was asking|wanted to know|checked)(?: me| us)? (?:last time|last week|the other day|the other week|at my last (?:visit|appointment)"
            r"|before|once|earlier|yesterday|today|again)(?= (?:if|whether)\b)")
SIGNS_DENIED += (r"(?:i|and i) (?:said|told (?:him|her|them)|answered) no\b(?:(?: ,)? (?:then|at the time))?(?=(?: ,)? (?:but|though|although)(?: \w+){0,3}?"
                 r" (?:get|got|understand|understood|know|knew|sure|what|whats|how|why)\b| [.,](?! (?:but|though|although)\b)|$)",
                 r"(?:nothing|none of that|nothing of that) (?:like that |of that sort )?(?:going on|goin on|happening|at all)(?: (?:for me|here|with me))?(?= ,| \.|$)")
#: a worry named as what keeps one awake (bot/reading/redflags.py _WORRY_AFTER, session 25F2): "it keeps me up at night
#: worrying", "the worry keeps me up" (not "it keeps me up and im worried": a join or a subject between)
WORRY_AWAKE = (r"worrying", r"worryin[g]", r"fretting", r"stressing", r"overthinking", r"panicking",
               r"thinking about (?:it|this|that|what)", r"(?:with|from|out of) (?:the |all the |pure )?(?:worry|worries|anxiety|stress|nerves|fear)",
               r"(?:the|my|all the|all this) (?:worry|worrying|worries|anxiety|stress|nerves|fear)")
#: up or awake all night for another reason named right after (bot/reading/redflags.py _AWAKE_FOR_OTHER, session 34Z): "i was
#: up all night with my toddler", "awake all night feeding the newborn", "up all night revising", "on a night shift" (not "up
#: all night with the pain", "with it", "with my back"; a pain keeping one up stays read: NIGHT_KEPT)
_P34Z_WHO = (r"(?:baby|babie[s]|bub[s]?|newborn[s]?|infan[t]|toddle[r]s?|kid[s]?|child|childre[n]|little ones?|littl[e]un|son[s]?|daughter[s]?"
             r"|boy[s]?|girl[s]?|twin[s]|grandkid[s]?|grandso[n]|granddaughte[r]|grandchil[d]\w*|dog[s]?|pupp[y]|pup|cat[s]?|kitte[n]"
             r"|mum|mom|mother|dad|father|husband|wife|partner|hubby|missus|nan|gran|grandma|grandad|mate[s]?|friend[s]?|patient[s]?)")
AWAKE_FOR_OTHER = (
    r"(?:with|w|looking after|lookin[g] after|taking care of|caring for|nursing|feeding|settling|rocking|minding|babysitting|soothing|walking)"
    r" (?:the |my |our |a |her |his |their |me |her own )?(?:\w+ )?" + _P34Z_WHO + r"\b",
    r"with (?:her|him)\b(?! (?:back|pain)\b)",
    r"(?:working|at work|for work|on (?:a |the |my )?(?:night )?shif[t]|on nights|on call|studying|revising|crammin[g]|doing (?:my |an |the )?"
    r"(?:homework|assignmen[t]s?|coursewor[k]|essay|taxes)|on (?:an?|my|the) (?:assignmen[t]|essay|deadline|project|report)|for (?:an? |my )?(?:exams?|deadline)"
    r"|partying|at (?:a|the) (?:party|wedding|festival|gig|concert)|out (?:drinking|clubbing|partying)|clubbing|celebratin[g]|dancing|gaming"
    r"|playing (?:\w+ )?(?:games|cards|poker)|watching (?:\w+ )?(?:tv|telly|films|movies|the match|the game|netflix|series)|packing|driving"
    r"|travelling|traveling|flying|on (?:a|the) (?:plane|flight|train|bus|coach|ferry)|at the airport|chatting|breastfeedin[g]"
    r"|on the phone)\b",
    r"(?:because of|cos of|due to|thanks to|from|with) (?:the |my |our |a |all the )?(?:noise|neighbours|neighbors|party next door|storm"
    r"|thunder|fireworks|barking|dog barking|baby crying|snoring|jet ?la[g])\b",
)
#: a pain or the back that keeps one up, the match itself naming the keeping (session 34Z): "the pain kept me up all night with
#: the kids asleep" stays read
NIGHT_KEPT = (r"keeps?", "kept", "keeping")
#: the pain named as one's company all night after another reason (session 34Z): "up all night with the baby and with the pain"
NIGHT_PAIN_WITH = (r"(?:with|from|because of) (?:the |my |this |that |all the )?(?:pain|back|ache|agon[y]|it)",)
#: the words after which a join word is no join (bot/reading/redflags.py _JOIN_NOT_AFTER, session 25F2): none here
JOIN_NOT_AFTER: tuple = ()

# ---- session 26B ----
#: the seat told as sitting on pins (saddle): "like sitting on a pincushion", "as if im sat on drawing pins", "my bum feels
#: like a pincushion" (not the worry "on pins and needles waiting for the results")
SADDLE_PATTERNS += (
    r"\b(?:like|as if|as though) (?:im |i am |i was |i m |i |your[e] |you are |your )?(?:sitting|sat|sit) on (?:a |some |loads of "
    r"|lots of |a bed of |a load of )?(?:pincushio[n]|pin cushio[n]|pins|needle[s]|drawin[g] pins|thumbtack[s]|thum[b] tack[s]|tack[s]"
    r"|nail[s])\b",
    r"\b{AREA}\b(?: \w+){0,4}? (?:like|as if|as though) (?:\w+ ){0,3}?(?:pincushio[n]|pin cushio[n])s?\b",
    r"\b(?:like|as if|as though) (?:\w+ ){0,3}?(?:pincushio[n]|pin cushio[n])s?\b(?: \w+){0,3}? (?:down below|down there|{AREA})\b",
)
#: the toilet again and again for nothing (bladder, retention): "went to the loo 3 times for nothing", "tried to pee twice in
#: vain", "been to the toilet four times and nothing came" (not "went to the toilet 3 times last night")
BLADDER_PATTERNS += (
    r"\b(?:toilets?|loos?|bathroom|lav|bog|wc|urina[l]|pee|wee(?! (?:bit|while|one|lad|lass|thing)\b)|urinate|peeing|weeing)\b(?: \S+){0,6}? (?:for nothing|for nowt"
    r"|for nout|in vain|to no avail|with no luck|without (?:any )?(?:luck|succes[s]|resul[t]))\b",
    r"\b(?:toilets?|loos?|bathroom|lav|bog|wc|urina[l])\b(?: \S+){0,6}? (?:and|but|n) (?:nothing|nowt|not a drop|hardly anything"
    r"|barely anything) (?:\w+ )?(?:came|comes|coming|happene[d]|happen[s])\b",
)

# ---- session 26H: a sign's name or a warning heard, asked about, not had ----
#: a term asked as a kind of it (session 26H): "is that one of those night pains they write about", "is this such a ..."
TERM_QUESTION_BEFORE += (r"(?:is|was|could|would|might) (?:that|this|it)(?: be)?(?: just)? (?:such a|such|one of those|one of them|what they call|what people call)",)
#: the meaning asked in a learner's order (session 26H): "what exactly means this numbness ...", "what is meaning of ..."
MEANING_ASKED += (r"what (?:exactly |actually )?(?:means|mean|is meaning of|is the meaning of)",)
#: a warning told by nobody named, or a list seen without "that" (session 26H): "i was told that if ...", "they say if you ...",
#: "apparently if ...", "saw on a site 'saddle anaesthesia' ..."
HEARSAY += (r"(?:i was told|ive been told|i ve been told|i have been told|i got told|i was warned|ive been warned|i have been warned|they say"
            r"|they said|they tell you|people say|apparently|supposedly)(?= (?:that|if|when|whether)\b)",
            r"(?:saw|seen|spotted|came across)(?: \w+){0,2}? (?:on|in) (?:a|an|the|some|this|that) (?:\w+ )?(?:list|leaflet|page|site|website"
            r"|poster|post|chart|checklist|booklet|sheet|thread|forum)\b")
#: the signs denied in a learner's progressive (session 26H): "i am not having any such thing", "no such problem for me"
SIGNS_DENIED += (r"(?:i|im|i am) (?:not having|not getting|not feeling|having no) (?:any |anything )?(?:such thing|such things|such problem"
                 r"|such problems|like (?:that|this)|of (?:that|this|those)|that|this|those|it)\b",
                 r"(?:no|not any) such (?:thing|things|problem|problems|symptom|symptoms)(?: (?:for me|here|with me))?(?= ,| \.|$)")
#: a fever told absent for days after one told past (session 26H): "havent had a temperature for 3 days", "not had a fever since monday"
FEVER_OVER += (r"(?:havent|have not|hasnt|has not|not|no longer) (?:had|got|run|been running|ran) (?:a |any )?(?:fever|temperature|temp)"
               r"(?: at all)? (?:for|since|in) (?:the )?(?:\w+ ){0,2}?(?:days?|weeks?|nights?|monday|tuesday|wednesday|thursday|friday"
               r"|saturday|sunday|then)\b",)
#: the flu's remains asked about (session 26H): "is it the remains of the flu", "the tail end of the flu or did i lock up in bed?"
ASKED_AGAIN += (r"(?:remnant[s]?|remain[s]|tail end|residue|residua[l]) (?:of|from)",)

# ---- a thing that fell, not the patient (session 27K; bot/reading/redflags.py _fallen_thing) ---------------------------
#: small things that fall: "bent for the pen that had fallen", "my phone fell behind the sofa" (a box or a shelf is no such thing)
FALLEN_THINGS = (
    "key", "keys", "pen", "pens", "pencil", "biro", "phone", "mobile", "cup", "mug", "glass", "coin", "coins", "remote", "sock",
    "socks", "glasses", "specs", "book", "spoon", "fork", "knife", "cutlery", "wallet", "purse", "toy", "toys", "towel", "lid",
    "bottle", "ball", "earring", "ring", "pill", "pills", "tablet", "tablets", "paper", "papers", "letter", "slipper", "slippers",
    "peg", "pegs", "glove", "gloves", "sweet", "biscuit", "toast", "change", "money", "card", "cards", "plate", "tin", "can",
    "brush", "hairbrush", "comb", "toothbrush", "soap", "sponge", "cloth", "dummy", "charger", "lighter", "cigarette", "lipstick",
    "screw", "screws", "torch", "marble", "something", "stuff", "item", "keyring", "lego", "pacifier", "jar", "bowl", "hat", "cap",
)
#: the fall words a thing may be the subject of
THING_FALL_WORDS = (r"fell", r"fallen", r"falls?", r"falling")
#: between the thing and its fall: a relative pronoun, an auxiliary ("the pen that had just fallen", "my keys had fallen")
THING_GAP = (r"that", r"which", r"had", r"has", r"have", r"was", r"were", r"is", r"just", r"already", r"somehow", r"accidentally",
             r"been", r"d", r"s", r"then", r"also")
#: a word just before the thing that makes it what the patient fell over or with: "tripped over my keys", "with my phone"
THING_PLACE_BEFORE = (r"over", r"on", r"onto", r"with", r"carrying", r"holding", r"into", r"off", r"from", r"across", r"in")
#: the thing fell onto the patient: a blow ("a tin fell on my back" stays a trauma)
FELL_ONTO_ME = (r"(?: \w+){0,3}? (?:on|onto|on top of|into|against) (?:me|my|us)\b",)
#: a subject of the patient's right after the fall word (inversion): none in English
THING_SUBJECT_AFTER: tuple = ()
#: the fall word as an adjective before the thing: "picking up a fallen glove"
THING_FALL_BEFORE = (r"(?:a|an|the|some|that|this|my|me|his|her) fallen",)

# ---- session 27L: formication, both legs weak with a hedge, no urine passed for hours, a proxy in Patois or to a big brother ----
#: ants or bugs walking on the skin (formication, the twin of "fourmis", "mieren"): "both my feet feel like ants are crawling on
#: them", "like ants a walk on her shins" (Patois "a walk": walking), "as if little insects run up my legs" (a simile or a feeling
#: before the insects: not "ants walking across the kitchen")
NUMB_COMMON += (r"(?:like|as if|as though|feel|feels|felt|feeling|fi[l]|sensation of|sensation) (?:\w+ ){0,2}?(?:ants?|bugs?|insect\w*"
                r"|beetles?|spiders?|creep[y] crawlie[s]) (?:are |r |a |is |were |was |keep |kept |be |all |just )?(?:walk\w*|crawl\w*|runn\w*|run"
                r"|march\w*|creep\w*|swarm\w*|scurr\w*|scuttl\w*)",
                r"formicatio[n]")
#: both legs heavy "and kinda weak", a hedge before the weak word (session 27L): "both my legs go heavy and sort of weak when i
#: walk", "my feet feel stiff and pretty weak" (the hedge cut the weak word from its pattern; a negation in the slot is none)
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:both (?:of )?(?:my |me |mi |the )?|my |me |mi )(?:legs|feet) (?:(?!(?:not|no|never|fine|ok|okay|normal|good|but|or)\b)\w+ ){1,3}?"
    r"(?:and|n|an|plus) (?:kind[a] |kind of |sort of |sort[a] |pretty |quite |somewha[t] |slightl[y] |a tad |a touc[h] |a wee bit |a lil |a lil bit "
    r"|a little bit |rather |real |proper |dead |fairl[y] |a bit too |a little too )(?:weak|weaker|wobbly|floppy|jelly|like jelly|feebl[e])\b",
)
#: no urine passed for hours (retention): "i have not passed urine since this morning", "hasnt passed water all day", "no pee
#: since last night" (a time told after it: not "no pee in the sample")
BLADDER_PATTERNS += (
    r"\b(?:havent|hasnt|have not|has not|hadnt|had not|not|never) (?:\w+ )?passed (?:any |much )?(?:urine|water)\b"
    r"(?! (?:\w+ )?(?:test|sampl[e]|infectio[n]|with blood|blood|myself|meself)\b| (?:\w+ )?in (?:my |me |the |his |her )?(?:bed|sleep|pants)\b)",
    r"\b(?:no|not a drop of|not one drop of) (?:pee|wee|urine|piss|wees|pees)\b(?: (?!(?:leak\w*|accident\w*|dribbl\w*|incontinen\w*|pain\w*"
    r"|blood|burn\w*|sting\w*|problem\w*|issue\w*|troubl\w*|infectio[n]\w*|bit|in|on)\b)\w+){0,2}? (?:since|all day|all night"
    r"|all morning|all afternoo[n]|the whole day|the whole night|for (?:\w+ ){0,2}?hours|in (?:\w+ ){0,2}?hours)\b",
)
#: typed for a relative in Patois ("mi" = my) or named with an adjective (session 27L): "writing for mi granny", "typing fi mi
#: bredda", "asking for my big brother", "this is about my elderly mum": that relative is the patient
PROXY += (r"(?:(?:typ|writ|ask|messag|text)in[g]?|doin[g]? this|on behalf) (?:this |it )?(?:for|fer|fi|of) (?:my |me |mi |our )"
          r"(?:(?:big|little|lil|baby|older|younger|elder|eldest|youngest|old|elderly|poor|dear|twin|step|great) )?",
          r"(?:(?<=^)|(?<=\. )|(?<=, )|(?<=hi )|(?<=hello )|(?<=hey )|(?<=morning ))(?:its|it is|this is|this s|thisis|question is"
          r"|this question is|this message is|message is) (?:for|about|regarding) (?:my |our |me |mi )(?:(?:big|little|lil|baby|older"
          r"|younger|elder|eldest|youngest|old|elderly|poor|dear|twin|step|great) )?")
#: the course told unchanged by a tiny measure (session 27L): "not even a tiny bit worse", "not one ounce worse"
STABLE += (r"not (?:even )?(?:one |a )?(?:tiny |little |wee |single |teen[y] )?(?:bit|jot|smidg[e]|smidge[n]|whit|iota|tad|hair|touc[h]|spec[k]|ounc[e]) worse",)
# ---- session 27J: the no-relief told of the day (bot/reading/redflags.py _no_relief_of_the_day) ----
#: the day named after the night's words and a comma: "at night its fine, during the day nothing helps"
DAY_TIME = (r"during the day", r"in the day", r"in the daytime", "daytime", r"by day", r"(?:all|the whole) day", r"days", r"the day",
            r"during the daytime", r"in the mornin[g]", r"mornings", r"afternoons")
#: ... the day's clause telling the night too: "during the day nothing helps either", "during the day too"
DAY_TOO = ("too", "either", "also", r"as well", "neither", "both", r"same", r"day and night", r"night and day")
#: ... and the night told easy in its own clause (not "at night its awful, during the day nothing helps": the safe side)
NIGHT_EASY = ("fine", "ok", "okay", "alright", r"all right", r"not bad", "bearable", "manageable", "better", "good", "easier", "settled",
              r"no pain", r"pain free", "comfy", "comfortable", r"i sleep", r"i can sleep", r"i get some sleep")
# ---- session 27P: the bladder and the bowel told by what the person notices ----
_P27_PEE_PLACE = r"(?:pee|peeing|wee|weeing|urinat\w*|piss|pissing|toilet|loo|lav|bog|urina[l]|bladder|waterwork[s])"
BLADDER_PATTERNS += (
    # the "waterwork[s]" (British) or the stream slow to start: "the waterwork[s] are funny, takes forever to get started", "the
    # stream is lazy, it takes ages before it comes" (not the back slow to get going in the morning: no toilet words alone)
    r"\b(?:waterwork[s]|stream|flow)\b(?! of\b)(?: \S+){0,12}? (?:(?:it|that|this) )?(?:took|take[s]|take|takin[g]) (?:me )?(?:ages|forever|an age|an eternity"
    r"|a lifetim[e]|a long time|so long|yonk[s]|donkey[s] years|a good while|for ever) (?:\w+ ){0,2}?(?:to|before|till|until)"
    r" (?:it |anything |something )?(?:start\w*|come|comes|came|coming|flow\w*|get going|get started|got going|got started)\b",
    r"\bwaterwork[s]\b(?: \S+){0,12}? (?:slow to (?:start|get going|get started|come)|(?:weak|weaker|feebl[e]|poor|slow) (?:flow|stream))\b",
    # a feeble trickle at the toilet (no stop told after): "on the loo its just a pathetic little trickle", "peeing is a
    # weak trickle now" (not a trickle of blood or sweat)
    r"\b" + _P27_PEE_PLACE[:-1] + r"|stream|flow)\b(?: \S+){0,12}? (?:feebl[e]|weak|weed[y]|measl[y]|patheti[c]|pun[y]|pitifu[l]|slow|thin"
    r"|tiny|mere) (?:little |wee |old )?trickle\b(?! of (?!(?:wee|pee|urine)\b))",
    r"\b(?:feebl[e]|weak|weed[y]|measl[y]|patheti[c]|pun[y]|pitifu[l]|slow|thin|tiny|mere) (?:little |wee |old )?trickle\b(?: \S+){0,6}?"
    r" (?:when|whenever|if|as|once) (?:i )?(?:\w+ )?(?:pee|wee|go|urinate|piss|try)\b",
    # the bladder felt not emptied, told as not finished (incomplete emptying): "in the loo again an hour later, feels like i
    # havent finished", "after a wee i feel as if im not done" (not "i havent finished my physio", "not done with this")
    r"\b" + _P27_PEE_PLACE + (r"\b(?: \S+){0,14}? (?:feel|feels|feeling|felt)(?: like| as if| as though| that)? (?:i|ive|i have|i had|id"
    r"|im|i am) (?:\w+ )?(?:never|not|havent|hadnt|didnt|have not|had not|did not) (?:quite |properly |fully |really |actuall[y] )?"
    r"(?:finishe[d]|done|emptie[d]|empty)\b(?! (?:my|the|his|her|a|an|work|eating|it|that|this|with|yet|readin[g])\b)"),
    # the poo or the wee not felt while it happens: "i didnt feel myself having a poo", "cant feel myself pooing" (not "dont feel
    # like having a poo", "didnt feel the poo hurt")
    r"\b(?:cant|cannot|couldnt|dont|doesnt|didnt|did not|do not|barely|hardly|never|no longer) (?:even |really |properly |actuall[y] "
    r"|always )?(?:feel|felt|sense|sense[d]) (?:myself |meself |me |it when i |when i |that i |i was |id |i d )?(?:(?:doing|do|did|having"
    r"|have|had|passing|pass) (?:a |my )?(?:poo|poop|number two|bowel movemen[t]|stool|motio[n]|big job|wee|pee|number one)|pooing|pooping"
    r"|pooed|pooped)\b(?! (?:\w+ )?(?:hurt\w*|pain\w*|burn\w*|sting\w*|smell\w*|colou[r]\w*))",
    # something found in the underwear, not felt coming (told shyly as "something"): "there was something in my pants and i
    # hadnt felt a thing", "a bit of a mess in my undies without noticing" (not a pocket, not a period)
    r"\b(?:something|summa[t]|a mess|a bit of (?:a )?mess|a mark|a little something|stuf[f])\b (?:\w+ ){0,3}?in (?:my|me) (?:\w+ )?"
    r"(?:knickers|pants|undies|underwear|boxers|boxer|briefs|trunk[s]|thong)\b(?! pockets?\b)" + _NOT_A_PERIOD + r"(?: \S+){0,8}? (?:without|didnt|did not|never"
    r"|hadnt|had not|not|couldnt|wasnt) (?:\w+ ){0,3}?(?:feelin[g]|feel|felt|noticin[g]|notice[d]?|realisin[g]|realise[d]?|realizin[g]"
    r"|realize[d]?|knowin[g]|awar[e])\b",
)

# ---- session 28C: a sign named by a carer of the back, then denied (bot/reading/redflags.py _told_in_general) ----
#: a doctor, a physio, an osteo who named the sign to the person: "my osteo mentioned saddle numbness as a warning sign", "the
#: physio talked about numbness between the legs", "my gp told me to watch out for ..." (dropped only with the person's own
#: told fine after it: "i dont have anything like that")
NAMED_BY_CARER = (r"(?:doctor|doc|dr|gp|physio|physiotherapis[t]|nurse|consultant|surgeon|specialist|chiropractor|chiro|osteo|osteopat[h]"
                  r"|pharmacist|paramedic|medic|therapis[t]|masseu[r]|masseus[e])(?: \w+){0,3}? (?:mentioned|mentions|talked about|talks about"
                  r"|spoke about|speaks about|brought up|went over|went through|told me about|told us about|warned me about|warned us about"
                  r"|warned about|listed|said to (?:watch|look) (?:out )?for|told me to (?:watch|look) (?:out )?for|explained)",)
#: kin by a godparent, a step-family, the in-laws, a fiance (session 28C): "my godfather had prostate cancer", "my stepdad had
#: bowel cancer", "the in-laws" (someone else's sign, as any relative's)
FAMILY += (r"godfathe[r]|godmothe[r]|godparen[t]|godda[d]|godmu[m]|godmo[m]|godso[n]|goddaughte[r]|godchil[d]|godki[d]|stepda[d]|stepmu[m]"
           r"|stepmo[m]|stepfathe[r]|stepmothe[r]|stepbrothe[r]|stepsiste[r]|stepso[n]|stepdaughte[r]|stepparen[t]|stepki[d]|inlaw[s]"
           r"|in law[s]|fianc[e]|fiance[e]",)
#: a fall told as "went down" in a place or alone, or by the floor one was found on (session 28C; a carer writing for the
#: patient: "she went down in her flat", "i found her sat against the wall", read after the proxy as "i went down in my
#: flat", "i found my sat ..."): "i went down in the kitchen", "he went down and couldnt get up", "my wife found me on the
#: floor", "ended up on the floor and couldnt get up" (not "went down to the shop", "the pain went down my leg", "the
#: swelling went down", "found my keys on the floor", nor "i found her on the floor" with no one typed for: someone else)
TRAUMA_PATTERNS += (
    # (the subject before the match, so a relative's "she" stays a relative's when no one is typed for)
    r"(?:(?<=\bi )|(?<=\bhe )|(?<=\bshe )|(?<=\bwe ))(?:(?:just|suddenl[y]|then|had|has|must have|must ve|must[a]) )?(?:went|gone|go|goes) down(?: (?:hard|heavily|badly|bad"
    r"|like a sack of \w+|like a ton of brick[s]|in a heap|sideway[s]|backward[s]))? (?:in|on|onto) (?:the |her |his |my |our |their |a )?"
    r"(?:\w+ )?(?:kitche[n]|bathroo[m]|flat|hous[e]|hall|hallwa[y]|landin[g]|garde[n]|stree[t]|road|pavemen[t]|showe[r]|bath|toilet|loo"
    r"|bedroo[m]|livin[g] roo[m]|loung[e]|ice|floor|tile[s]|garag[e]|yard|drivewa[y]|pati[o]|snow|car park|stair[s]|step[s]|path"
    r"|footpat[h]|mud|gras[s]|lawn|carpe[t]|rug)\b(?! (?:to|for)\b)",
    # ... told with no subject, on a slippery or hard place outside or on the stairs (session 33K): "went down on the black ice by the
    # bus stop", "friday went down hard on the frozen path", "yesterday, went down on the stairs at work" (not "nearly went down
    # on the ice", "the pain went down", "went down on the floor to stretch": no floor, a sign of its own in the list)
    r"(?:^|(?<=, )|(?<=\bthen )|(?<=\bjust )|(?<=day )|(?<=\bmorning )|(?<=\bnight )|(?<=\bweek )|(?<=\bweeken[d] ))"
    r"(?:went|gone) down(?: (?:hard|heavily|badly|bad|flat|backward[s]|sideway[s]|in a heap))? (?:on|onto|in) (?:the |some |a |our |my )?"
    r"(?:\w+ )?(?:ice|snow|slus[h]|stair[s]|step[s]|staircas[e]|pavemen[t]|sidewal[k]|kerb|curb|road|stree[t]|path|footpat[h]|mud"
    r"|tile[s]|drivewa[y]|car park|parkin[g] lot|platfor[m]|slop[e]|escalato[r])\b(?! (?:to|for)\b)",
    r"(?:(?<=\bi )|(?<=\bhe )|(?<=\bshe )|(?<=\bwe ))(?:(?:just|suddenl[y]|then) )?went down(?: (?:hard|heavily|like a sack of \w+|like a ton of brick[s]|in a heap))?"
    r"(?= ,| \.|$| and (?:couldnt|could not|cant|cannot|could nt|hit|banged|bashed|landed|smacked|staye[d]|was stuc[k]|lay|laid|was lying)\b)",
    r"\b(?:found|find|findin[g]) (?:(?:me|us)(?: \w+){0,3}?|my(?: (?:this morning|this evenin[g]|last night|in the morning|in the night|yesterday"
    r"|yesterday morning|today|earlie[r]|later|on sunda[y]|on monda[y]|on tuesda[y]|on wednesda[y]|on thursda[y]|on frida[y]|on saturda[y]))?) (?:(?:sat|sitting|lying|layin[g]|laid|slumpe[d]|collapsed|sprawle[d]|curle[d] up|stuc[k]"
    r"|proppe[d] up|crumple[d]) )?(?:on|against|at the bottom of|at the foot of) (?:the|her|his|my|our|their) (?:\w+ )?(?:floor|ground|wall"
    r"|stair[s]|step[s])\b",
    r"(?:(?<=\bi )|(?<=\bhe )|(?<=\bshe )|(?<=\bwe ))(?:ended up|woke up|came to|found myself|found himsel[f]|found hersel[f]) (?:\w+ )?on the (?:\w+ )?(?:floor|ground)\b",
    r"(?:(?<=\bi )|(?<=\bhe )|(?<=\bshe )|(?<=\bwe ))(?:was|were) (?:lying |layin[g] |stuc[k] |sat |sitting )?on the (?:\w+ )?(?:floor|ground)(?: \w+){0,3}? (?:and |but )?"
    r"(?:couldnt|could not|cant|cannot|unable to|wasnt able to) (?:\w+ )?(?:get|stand|pick (?:myself|himsel[f]|hersel[f])) up\b",
)

# ---- session 28B: the bladder, the bowel and the saddle told by what the person notices ----
#: Caribbean "cyaan" is "cant" (session 28B): "i cyaan feel mi bum", "cyaan feel when the wee coming"
STREET["cyaan"] = "cant"
#: ... and the real word one edit from it stays itself (test_real_neighbours_are_complete)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"ayaan"}
#: where a leak is found afterwards: the underwear, a pad, the sheet (not a pocket; "me", "mi" are "my")
_P28_FOUND_ON = (r"(?:on|in|inside|all over) (?:my |me |mi |the |a )?(?!(?:his|her|their|your|our|hers|their[s]|its)\b)(?:\w+ )?(?:pants|trousers|underwear|knickers|undies|pyjamas|pajamas"
                 r"|boxers|briefs|underpant[s]|pantie[s]|pad|pads|line[r]|liner[s]|pant[y] liner[s]?|shee[t]|sheets|bedsheet[s]|nappy|nappie[s]"
                 r"|diape[r]|diaper[s]|jock[s]|drawer[s])\b(?! pockets?\b)")
#: what is found: the wee or the poo, a wet patch, a stain, or "it" (never "the bruise", "the rash")
_P28_WHAT = r"(?:it|that|wee|pee|urine|poo|poop|the wee|the pee|the urine|the poo|the poop|(?:a|the) (?:wet |damp |little )?(?:patc[h]|stai[n]|mark|mess)|the wet|wet)"
_P28_LATER = r"(?:after|afterward[s]|afterward[s]|later|later on|after the fact|the next mornin[g]|in the mornin[g]|when i (?:look|looke[d]|chec[k]|checke[d]|undress\w*|change\w*|get up|got up|wake up|woke up))"
_P28_SEE = r"(?:see|saw|seen|sees|notice|noticed|find|found|spot|spotte[d]|discover\w*|realise|realised|realize|realized|know|knew|feel|felt)"
BLADDER_PATTERNS += (
    # the wee or the poo only seen afterwards on the underwear, the pad or the sheet: "i only see the wee afterwards on my
    # underwear", "i just find it in my pad later" (not "i only saw the bruise later on my leg", not a pocket, not a period)
    r"\b(?:only|just|firs[t]|then) (?:ever )?" + _P28_SEE + r" " + _P28_WHAT + r" (?:\w+ )?" + _P28_LATER + r"\b (?:\w+ ){0,2}?" + _P28_FOUND_ON + _NOT_A_PERIOD,
    r"\b(?:only|just|firs[t]|then) (?:ever )?" + _P28_SEE + r" " + _P28_WHAT + r" (?:\w+ )?" + _P28_FOUND_ON + r" (?:\w+ ){0,2}?" + _P28_LATER + r"\b" + _NOT_A_PERIOD,
    # found out only by the wet underwear or sheet: "i only find out when i see my pants are wet", "i dont know ive gone until i
    # see the wet sheet", "by the time i notice, my underwear is already wet" (not wet from the rain, the shower, sweat)
    r"\b(?:only|firs[t]) (?:find out|found out|know|knew|realise|realised|realize|realized|notice|noticed)\b (?:\w+ ){0,3}?(?:when|once|after) "
    r"(?:i )?(?:see|saw|look|looke[d]|chec[k]|checke[d]|feel|felt|find|found) (?:that )?(?:my |me |mi |the )?(?:\w+ )?(?:pants|trousers|underwear|knickers"
    r"|undies|pyjamas|pajamas|boxers|briefs|underpant[s]|pantie[s]|pad|pads|shee[t]|sheets|bed) (?:is |are |was |were |have |has |got |gone |all )*"
    r"(?:wet|soaked|damp|soiled|sodde[n]|dirt[y])\b(?! (?:\w+ ){0,3}?(?:rain|sweat|sweaty|shower|bath|swim\w*|drink|spill\w*)\b)",
    r"\b(?:(?:dont|didnt|never) (?:even )?know|unsure) (?:ive|i have|i had|id|im) (?:\w+ ){0,3}?until (?:i )?(?:see|saw|feel|felt|find|found|notice|noticed|look"
    r"|looke[d]|chec[k]|checke[d]) (?:\w+ ){0,3}?(?:wet|damp|soaked|stai[n]|patc[h]|mess|pants|underwear|knickers|pad|shee[t]|sheets)\b"
    r"(?! (?:\w+ ){0,3}?(?:rain|sweat|sweaty|shower|bath|swim\w*|drink|spill\w*)\b)",
    r"\bby the time (?:i )?(?:notice|noticed|realise|realised|realize|realized|know|knew|feel|felt|find out|found out)\b(?: \S+){0,3}? (?:my |me |mi |the )?"
    r"(?:\w+ )?(?:pants|trousers|underwear|knickers|undies|boxers|briefs|pad|pads|shee[t]|sheets) (?:is|are|was|were) (?:already |all |a bit |just )?"
    r"(?:wet|soaked|damp|soiled|sodde[n])\b(?! (?:\w+ ){0,3}?(?:rain|sweat|sweaty|shower|bath|swim\w*|drink|spill\w*)\b)",
    # the pad or the underwear wet, not felt: "the pad is wet and i never felt it happen", "my knickers were damp and i hadnt
    # noticed a thing" (not wet from the rain or a spilled drink, not a period)
    r"\b(?:pad|pads|line[r]|liner[s]|underwear|knickers|pants|undies|boxers|briefs|underpant[s]|pantie[s]|shee[t]|sheets)\b (?:is|are|was|were|got|gets"
    r"|get) (?:all |a bit |really |completely )?(?:wet|soaked|damp|sodde[n]|soggy|soiled)\b(?! (?:\w+ ){0,3}?(?:rain|sweat|sweaty|shower|bath|swim\w*"
    r"|drink|spill\w*|tea|coffe[e]|water)\b)(?: \S+){0,3}? (?:and|but) (?:i )?(?:never|didnt|did not|hadnt|had not|havent|cant|couldnt) "
    r"(?:even |actuall[y] |really )?(?:felt|feel|notice|noticed|know|knew|realise|realised|realize|realized)\b" + _NOT_A_PERIOD,
    # the lower belly hard, tight or swollen and nothing comes (retention): "lower tummy bloated and hard, i try to pass water but
    # nothing", "my lower belly is tense and full and it wont empty" (not "cant go to work")
    r"\b(?:lower|low|bottom of (?:my |the |me )?)(?: part of (?:my |the )?)? ?(?:tummy|belly|abdomen|stomach|tum|gut)\b (?:\w+ ){0,4}?(?:hard|tight|tens[e]"
    r"|swollen|bloate[d]|full|distended|bulging|rigi[d]|sticking out)\b(?: \S+){0,12}? (?:(?:but |and )?(?:nothing|not a drop|hardly anything)"
    r"(?: (?:comes|came|happen[s]|happene[d]|will come|comes out|came out)\b|(?= [,.]|$))|(?:cant|cannot|couldnt|unable to) (?:\w+ )?(?:pee|wee|urinate|empty|pass water"
    r"|go(?! (?:to|out|back|up|down|for|on|anywhere|shoppin[g]|runnin[g]|far|outside)\b))|(?:it|that|bladder|i) (?:wont|will not|doesnt|cant|wouldnt) "
    r"(?:\w+ )?(?:empty|come|come out|go(?! (?:to|out|back|up|down|for|on|anywhere|shoppin[g]|runnin[g]|far|outside)\b)))\b",
    r"\b(?:cant|cannot|couldnt|unable to) (?:\w+ )?(?:pee|wee|urinate|pass water|empty my bladder)\b(?: \S+){0,8}? (?:lower|low|bottom of (?:my |the |me )?)"
    r" ?(?:tummy|belly|abdomen|stomach|tum|gut)\b (?:\w+ ){0,3}?(?:hard|tight|tens[e]|swollen|bloate[d]|full|distended|bulging|rigi[d])\b",
)

# ---- session 30AB: bladder and bowel told by what is noticed: a soiled pad found, the wee passing unfelt ----
#: an incontinence pad, a brief, a nappy found soiled by someone else, the person not knowing they had gone: "the carers found
#: my pad dirty and i had no idea id gone", "the nurse changed my brief, it was messy and i hadnt noticed going", "my nappy was
#: full of poo and i never knew id been" (not "has worn pads for years": no new sign; not a baby's nappy: someone else's)
_WORN = (r"(?:pad|pads|brie[f]|briefs|nappy|nappie[s]|diape[r]|diaper[s]|pull ?up|pull ?up[s]|incontinenc[e] (?:pad|pant|pants|brie[f]|briefs)"
              r"|underwear|pants|knickers|undies)\b(?! (?:of|on) (?:the|a|my|our|her|his) (?:baby|babys|toddle[r]|little one|so[n]|daughte[r]|grandso[n]|granddaughte[r])\b)")
_SOILED = (r"(?:mess[y]|soile[d]|dirt[y]|filth[y]|muck[y]|poo[e]?y|poop[y]|soaked|wet|stink[y]|ful[l] of (?:poo|poop|wee|pee|urine))"
                r"(?! (?:\w+ ){0,3}?(?:rain|sweat|sweaty|shower|bath|swim\w*|drink|spill\w*|tea|coffe[e]|water)\b)")
_UNAWARE = (r"(?:unsure|no clue|zero clue|not a clue|no notio[n]|clueles[s]|obliviou[s]|unawar[e]|not awar[e]|didnt know|did not know|never knew"
                 r"|hadnt noticed|had not noticed|never noticed|didnt notice|did not notice|didnt realise|didnt realize|hadnt realise[d]"
                 r"|never realise[d]|didnt feel|never felt|hadnt felt|couldnt tell)")
_GONE = (r"(?:(?:i|id|ive|she|he|shed|hed|shes|hes)(?: had| has| have| was| d)? (?:just |already |even |actuall[y] )?(?:gone|been|went|done it|did it"
              r"|done anything|done a poo|done a wee|needed to go|need to go|had to go|messe[d]|soile[d]|pooed|pooped|wet (?:hersel[f]|himsel[f]|mysel[f])"
              r"|opene[d] (?:her|his|my) bowel[s])|(?:it|that) (?:had )?(?:happen\w*))")
BLADDER_PATTERNS += (
    r"\b" + _WORN + r" (?:\S+ ){0,3}?" + _SOILED + r"\b(?: \S+){0,10}? " + _UNAWARE + r" (?:(?:that |when )?(?:\w+ )?" + _GONE
    + r"|goin[g]|doin[g] it|a thin[g]|anythin[g])\b",
    r"\b" + _UNAWARE + r" (?:that |when )?(?:\w+ )?" + _GONE + r"\b(?: \S+){0,10}? " + _WORN + r" (?:\w+ ){0,3}?" + _SOILED + r"\b",
)
#: the wee passing unfelt, known only by the sound or by looking: "the urine passes but i dont feel a thing", "the wee flows and
#: i cant feel it", "the only way i know im weeing is the noise", Nigerian Pidgin "urine dey comot but i no feel am" (not "i can
#: hear my stomach", not "i dont feel any burning": the wee felt)
BLADDER_PATTERNS += (
    r"\b(?:urine|pee|wee|piss|wee wee)\b (?:(?:just|still|does|do|dey|don|na) )?(?:pass\w*|flow\w*|run\w*|ran|trickl\w*|com[e]|comes|comin[g]|came"
    r"|como[t]|dey como[t]|dey pass|dey come|dey flow|dey run)\b(?: (?:out|wel[l]|fine|ok|okay|normall[y]))?(?: ,)? (?:but |and |yet |though |n )?(?:i |me |mi )?"
    r"(?:cant|cannot|couldnt|dont|do not|didnt|never|no|nor|no dey|no fit|no go|barely|hardly) (?:even |really |actuall[y] |properl[y] )?(?:feel|felt|sense)"
    r"\b(?! (?:\w+ ){0,2}?(?:pain\w*|burn\w*|stin[g]\w*|hurt\w*|sore\w*|fine|normal|good|righ[t]|bette[r]|relie[f]|the urge|any urge|the need|any need|like|as if|wron[g]|unusua[l]|od[d]|strang[e]|differen[t])\b)",
    r"\bonly way (?:i |to |that i )?(?:know|tell|can tell|find out|notice)\b (?:\w+ ){0,4}?(?:pee\w*|wee\w*|urinat\w*|piss\w*|passin[g] water|going)\b"
    r" (?:\w+ ){0,3}?(?:soun[d]|nois[e]|splash\w*|tinkl\w*|tricklin[g]|hear\w*|look\w*|see\w*|seein[g])\b",
    r"\b(?:pee|peein[g]|wee|weein[g]|urine|urinatin[g]|piss|pissin[g])\b(?: \S+){0,14}? (?:only|just) (?:the |by the |from the |by |from )?(?:soun[d]|nois[e]"
    r"|splash\w*|tinkl\w*)\b (?:\w+ ){0,5}?(?:tell\w*|dey tell|let\w* me know|show\w*)\b",
)
SADDLE_PATTERNS += (
    # the water, the towel or the paper not felt on the saddle area: "no longer feel the water on my inner thighs", "i dont feel the
    # towel between my bum cheeks anymore" (not "i can feel the water fine", not the hands or the feet)
    r"\b(?:cant|cannot|couldnt|dont|doesnt|didnt|no longer|barely|hardly|never|not) (?:really |even |properly |actuall[y] )?(?:feel|felt|sense)"
    r" (?:the |my |any |that )?(?:\w+ ){0,2}?(?:water|shower|towe[l]|towel[s]|flanne[l]|soap|spong[e]|washclot[h]|tissue|wipe[s]|spra[y]|jet)\b"
    r" (?:\w+ ){0,5}?(?:on|between|around|round|across|over|down|at|in|against) (?:my |me |mi |the |both |either )?(?:\w+ )?{AREA}\b",
    r"\b{AREA}\b (?:\w+ ){0,4}?(?:cant|cannot|dont|doesnt|no longer|cannot) (?:really |even )?(?:feel|sense) (?:the |any )?(?:\w+ )?(?:water|shower"
    r"|towe[l]|flanne[l]|soap|spong[e]|washclot[h]|tissue|wipe[s])\b",
    # the towel or the water that feels like nothing there: "when i dry myself the towel feels like nothing down below"
    r"\b(?:water|shower|towe[l]|flanne[l]|spong[e]|washclot[h]|tissue|paper)\b (?:\w+ ){0,2}?(?:feels?|felt) (?:like|as if|as though) (?:its |it is )?"
    r"(?:nothing|not there|its not there|thin air|air)\b(?: \S+){0,6}? (?:on |between |around |round |at |in )?(?:my |me |mi |the )?{AREA}\b",
)

# ---- session 29N: a no-position phrase whose pain is denied right after it ----
#: the night told fine right after "whatever way i lie" (bot/reading/redflags.py _night_fine_after): "whatever way i lie its
#: fine", "no matter how i lie, its grand", "whichever side i sleep on theres no pain" (not "... it hurts", not "... its fine
#: for an hour but then it wakes me": the clause ends on the fine, no "but" after it)
NIGHT_FINE_AFTER = (r"(?:its|it is|its all|thats|that is|all|everything is|everythings|im|i am|i feel|i m)(?: (?:totally|completely|absolutely"
                    r"|perfectly|really|just|pretty much|all))? (?:fine|ok|okay|alright|all right|grand|comfy|comfortable|no problem|no bother"
                    r"|pain free|painless)",
                    r"(?:there is |theres |i have |ive got |i get )?(?:no|zero) (?:pain|problem|bother|trouble)(?: at all)?",
                    r"(?:it )?(?:doesnt|does not|dont|do not) (?:hurt|ache|bother me)(?: at all)?")
#: a term asked as a kind of warning (session 29N, after TERM_QUESTION_BEFORE): "is that one of those night pain warning
#: things?", "could this be the night pain red flag", "is that a night pain alarm sign" (a described sign stays read)
TERM_TALKED_AFTER += (r"(?:warnin[g]|red ?flag|dange[r]|alarm(?: bell)?|serious|scary|worryin[g]|bad) (?:thing[s]?|sign[s]?|symptom[s]?|flag[s]?"
                      r"|one[s]?|type|kind|sort)\b", r"(?:red ?flag[s]?|alarm bell[s]?|warning sign[s]?)\b")

# ---- session 29N: a near fall told with its subject, the adverb inside the trauma words ----
#: "i nearly went flying on the wet tiles", "i almost went flying on the ice", "she very nearly went over on the kerb": the
#: near adverb stands inside the match ("i (\w+ )?went flying"), not before it (the near fall before the match: above);
#: a fall told after it stays read ("... and landed on my back", "... then fell anyway")
NOT_A_FALL += ((r"^(?:i|he|she|we|you) (?:very |so )?(?:nearly|almost|practically|near|nigh|all but|just about) (?:went|go|was sent)\b", r"^", ()),)

# ---- session 29N: the fever told gone down, a time or the clause's end after it ----
#: "the fever went down last week", "my temperature came down days ago", "the temp finally went down on sunday" (not "went
#: down a bit", "came down to 38", "went down yesterday": a fever of the last day, FEVER_RECENT; not one that came back)
FEVER_OVER += (r"(?:the |my |me )?(?:fever|temperature|temp) (?:has |had |finally |already |completely |totally |fully |all |properly )*"
               r"(?:went|gone|come|came) (?:right |completely |all the way |properly )?down"
               r"(?= (?:last (?:week|weekend|month)|since|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
               r"|(?:\w+ ){1,3}?ago)\b| ?[,.]|$)(?!(?: \S+){0,15}? {RECURRED}\b)",)

# ---- session 29K: the patient's own vehicle, bike, skis or body run into an obstacle ----
#: a fixed thing by the road or a parked or moving vehicle, run into (not the kerb: the foot drop's "crashed into the kerb
#: with my toes"; not a place or a person met: "drove into town", "ran into a friend"; not a car park or a bus stop)
_K29_THING = (r"(?:pos[t]|pol[e]|lam[p] ?pos[t]|lam[p]|streetligh[t]|stree[t] ligh[t]|bollar[d]|barrie[r]|cras[h] barrie[r]|guar[d] ?rai[l]|railing[s]?|fenc[e]"
              r"|ditc[h]|tre[e]|wal[l]|gat[e]|pilla[r]|colum[n]|sig[n] ?pos[t]|roa[d] sig[n]|sig[n]|hedg[e]|bridg[e]|wheeli[e] bin|ski[p]|roc[k]|boulde[r])")
_K29_VEHICLE = r"(?:lorr[y]|truc[k]|van|car|bus|tra[m]|tax[i]|cyclis[t]|motorbik[e]|scoote[r]|tracto[r]|parke[d] car|stationar[y] car)"
_K29_NOT_A_PLACE = (r"(?! (?:par[k]|park[s]|statio[n]|sto[p]|lan[e]|was[h]|showroo[m]|garag[e]|deale[r]\w*|hir[e]|depo[t]|centr[e]|cente[r]|yar[d]|servic[e]|sho[p]"
                    r"|journe[y]|rid[e]|doo[r]|door[s]|key[s]|sea[t]|boo[t]|mirro[r])\b)")
_K29_DET = r"(?:a|an|the|som[e]|thi[s]|tha[t]|anothe[r]|othe[r]|someone[s]|a parke[d]|the parke[d])"
#: riding or driving verbs: the patient aboard ("i drove into a post", "cycled into a bollard", "skied into a tree",
#: "reversed into a wall", "drove my car into a ditch", "crashed my bike into a parked car")
_K29_ABOARD_VERBS = (r"(?:drov[e]|drive[n]|drivin[g]|reverse[d]|reversin[g]|backe[d]|rod[e]|ridde[n]|ridin[g]|cycle[d]|cyclin[g]|bike[d]"
                     r"|skie[d]|skiin[g]|snowboarde[d]|sledge[d]|sledde[d]|skidde[d]|skiddin[g]|swerve[d]|veere[d]|crashe[d]"
                     r"|smashe[d]|slamme[d]|ploughe[d]|plowe[d]|careere[d]|spu[n]|aquaplane[d]|skate[d])")
_K29_OWN_RIDE = r"(?:my|our|the|me) (?:\w+ )?(?:car|van|bik[e]|motorbik[e]|scoote[r]|truc[k]|lorr[y]|mope[d]|qua[d]|ebik[e]|e bik[e]|cab|tax[i])"
_K29_HOW = r"(?:straigh[t] |righ[t] |ful[l] |hea[d] ?firs[t] |hea[d] on |smac[k] |sla[p] ban[g] |sideway[s] |backward[s] |off the roa[d] and |off the roa[d] )?"
TRAUMA_PATTERNS += (
    rf"\b{_K29_ABOARD_VERBS}(?: {_K29_OWN_RIDE})? {_K29_HOW}(?:int[o]|in to|agains[t]) {_K29_DET} (?:\w+ )?(?:{_K29_THING}|{_K29_VEHICLE})\b"
    + _K29_NOT_A_PLACE,
    # on foot or any way, only a fixed thing: "ran into a lamppost", "went into a ditch", "flew into the barrier"
    rf"\b(?:wen[t]|gon[e]|ran|run|fle[w]|rolle[d]|sli[d]|bumpe[d]|walke[d]|fel[l]) {_K29_HOW}(?:int[o]|in to|agains[t]) {_K29_DET} (?:\w+ )?"
    r"(?:pos[t]|pol[e]|lam[p] ?pos[t]|streetligh[t]|stree[t] ligh[t]|bollar[d]|cras[h] barrie[r]|guar[d] ?rai[l]|ditc[h]|tre[e]|pilla[r]|sig[n] ?pos[t]|roa[d] sig[n])\b"
    + _K29_NOT_A_PLACE,
    # "i hit a tree with my bike", "hit a parked car", "hit the barrier on the motorway" (not "hit the wall", said of tiredness,
    # "hit the brakes", "hit the gym", "hit a pothole")
    rf"(?:(?<=\bi )|(?<=\bwe )|(?<=^)|(?<=, )|(?<=and ))(?:hit|clippe[d]|struc[k]) {_K29_DET} (?:\w+ )?(?:pos[t]|pol[e]|lam[p] ?pos[t]|streetligh[t]|bollar[d]|barrie[r]"
    rf"|cras[h] barrie[r]|guar[d] ?rai[l]|fenc[e]|tre[e]|pilla[r]|sig[n] ?pos[t]|roa[d] sig[n]|{_K29_VEHICLE})\b" + _K29_NOT_A_PLACE,
    # the patient's own ride as the subject: "my car hit a lamppost", "my bike went into a ditch", "the car left the road",
    # "rolled the car", "my car flipped", "ended up in a ditch"
    rf"\b(?:my|our|me) (?:\w+ )?(?:car|van|bik[e]|motorbik[e]|scoote[r]|mope[d]|qua[d]) (?:\w+ )?(?:hit|struc[k]|(?:wen[t]|sli[d]|skidde[d]|spu[n]|crashe[d]"
    rf"|smashe[d]|ploughe[d]|veere[d]|rolle[d]) (?:straigh[t] |righ[t] )?(?:int[o]|in to|agains[t])) {_K29_DET} (?:\w+ )?(?:{_K29_THING}|{_K29_VEHICLE})\b"
    + _K29_NOT_A_PLACE,
    r"\b(?:my|our|me|the) (?:\w+ )?(?:car|van|motorbik[e]|scoote[r]|qua[d]|jee[p]|suv) (?:\w+ )?(?:(?:rolle[d]|flippe[d]|turne[d]) (?:ove[r]|ont[o] its (?:sid[e]|roo[f]))"
    r"|flippe[d])\b",
    r"\b(?:rolle[d]|flippe[d]|wrot[e] off|totalle[d]|wrappe[d]) (?:my|our|the|me) (?:\w+ )?(?:car|van|motorbik[e]|scoote[r]|qua[d])\b(?! (?:doo[r]|key[s]|windo[w]|sea[t])\b)",
    r"\b(?:ende[d] up|lande[d]|finishe[d]) (?:\w+ )?in (?:a|the) (?:ditc[h]|fiel[d]|hedg[e]|rive[r]|cana[l])\b(?: \w+){0,4}? (?:wit[h]|in) (?:my|our|the|me) (?:\w+ )?"
    r"(?:car|van|bik[e]|motorbik[e]|scoote[r]|mope[d])\b",
    r"\b(?:wen[t]|cam[e]|com[e]|veere[d]|sli[d]|skidde[d]|spu[n]) off the roa[d]\b",
)
#: a carer's message opening on the relative (session 29K): what befell them told first, then their back ("hi, my husband
#: (58) came off the ladder, landed flat on his back ... the pain is low down across his back", "my dad drove into a post,
#: his back has been bad since"), the writer naming no back, spine or back pain of their own anywhere: the relative is the
#: patient (not "my mum fell last year . my back hurts from lifting her")
PROXY_SUBJECT += (
    r"^(?:my |our |me )(?!.*\b(?:mysel[f]|me too|not me|min[e]|die[d]|passe[d] away|passe[d] on|los[t] (?:him|her) to)\b)(?!.*\b(?:my|me|min[e]) (?:own |whol[e] |poo[r] )?(?:lowe[r] |low |uppe[r] )?(?:bac[k]|spin[e])\b)"
    r"(?!.*\b(?:i|im|ive|i ve|i am|i hav[e]|i got) (?:\w+ ){0,3}?(?:bac[k] ?pai[n]|backach[e]|bad bac[k]|sor[e] bac[k]|bac[k] (?:is|was) (?:sor[e]|bad|killin[g]))\b)"
    r"(?=(?:husban[d]|wif[e]|partne[r]|hubb[y]|missu[s]|mothe[r]|mum|mom|mam|mam[a]|nan|nan[a]|gra[n]|grann[y]|grandm[a]|fathe[r]|dad|granda[d]|grandp[a]"
    r"|son|daughte[r]|boyfrien[d]|girlfrien[d])\b(?: \d+)?(?: ,)? (?:\w+ )?\w+\b.* (?:his|her) (?:lowe[r] |low |whol[e] |poo[r] )?bac[k]\b(?! passag[e]))",
)

#: ... or the relative's back condition named as a diagnosis in the opening (session 30AB): "my boyfriend (34) has had a slipped
#: disc for weeks ... his knees gave way twice ... should i call 999?", "my wife was diagnosed with sciatica last month" -- the
#: writer naming no back, spine or diagnosis of their own anywhere, the relative's condition not long past ("years ago", "used
#: to"): the relative is the patient (not "my wife has sciatica and i have had back pain for weeks")
_DIAG = (r"(?:sciatic[a]|slippe[d] (?:dis[c]|dis[k])s?|(?:herniate[d]|prolapse[d]|bulgin[g]|rupture[d]|burs[t]|torn|slippe[d]) (?:lumba[r] |spina[l] |lowe[r] )?"
              r"(?:dis[c]|dis[k])s?|(?:dis[c]|dis[k]) (?:prolaps[e]|herniatio[n]|herni[a]|bulg[e]|protrusio[n])|(?:spina[l]|lumba[r]|dis[c]) herni[a]"
              r"|(?:spina[l]|lumba[r]|cana[l]) stenosi[s]|spondylolisthesi[s]|lumbag[o])")
PROXY_SUBJECT += (
    r"^(?:my |our |me )(?!.*\b(?:mysel[f]|me too|not me|min[e]|so do i|same here|for me|with me|die[d]|passe[d] away|passe[d] on|los[t] (?:him|her) to)\b)(?!.*\b(?:my|me|min[e]) (?:own |whol[e] |poo[r] )?(?:lowe[r] |low |uppe[r] )?(?:bac[k]|spin[e])\b)"
    r"(?!.*\b(?:i|im|ive|i ve|i am|i hav[e]|i got) (?:\w+ ){0,3}?(?:bac[k] ?pai[n]|backach[e]|bad bac[k]|sor[e] bac[k]|bac[k] (?:is|was) (?:sor[e]|bad|killin[g]))\b)"
    r"(?!.*\b(?:i|im|ive|id|my|me) (?:\w+ ){0,3}?" + _DIAG + r"\b)"
    r"(?=(?:husban[d]|wif[e]|partne[r]|hubb[y]|missu[s]|mothe[r]|mum|mom|mam|mam[a]|nan|nan[a]|gra[n]|grann[y]|grandm[a]|fathe[r]|dad|granda[d]|grandp[a]"
    r"|son|daughte[r]|boyfrien[d]|girlfrien[d]|fianc[e]|fiance[e])\b(?: ,)?(?: \d+)?(?: ,)?(?: (?!(?:i|im|ive|me|my|ago|used|past|when|before)\b)\w+){0,6}? (?:a |an |the |some )?"
    + _DIAG + r"\b(?! (?:\w+ ){0,4}?(?:ago|years back|last year|in the past|when (?:he|she) was|as a (?:young|kid|teen)\w*)\b))",
)
#: ... or the relative's urgent signs told first, the diagnosis named later in the message (session 30AD): "my husband (61) has been
#: on the toilet for an hour and cant pee ... both his legs are getting weaker . he has a known slipped disc" -- the same guards
PROXY_SUBJECT += (
    r"^(?:my |our |me )(?!.*\b(?:mysel[f]|me too|not me|min[e]|so do i|same here|for me|with me|die[d]|passe[d] away|passe[d] on|los[t] (?:him|her) to)\b)(?!.*\b(?:my|me|min[e]) (?:own |whol[e] |poo[r] )?(?:lowe[r] |low |uppe[r] )?(?:bac[k]|spin[e])\b)"
    r"(?!.*\b(?:i|im|ive|i ve|i am|i hav[e]|i got) (?:\w+ ){0,3}?(?:bac[k] ?pai[n]|backach[e]|bad bac[k]|sor[e] bac[k]|bac[k] (?:is|was) (?:sor[e]|bad|killin[g]))\b)"
    r"(?!.*\b(?:i|im|ive|id|my|me) (?:\w+ ){0,3}?" + _DIAG + r"\b)"
    r"(?=(?:husban[d]|wif[e]|partne[r]|hubb[y]|missu[s]|mothe[r]|mum|mom|mam|mam[a]|nan|nan[a]|gra[n]|grann[y]|grandm[a]|fathe[r]|dad|granda[d]|grandp[a]"
    r"|son|daughte[r]|boyfrien[d]|girlfrien[d]|fianc[e]|fiance[e])\b.* (?:he|she|hes|shes|he s|she s) (?:has|had|s|got|has got|is|was|suffers from|suffere[d] from)"
    r" (?:(?!(?:i|im|ive|me|my|ago|used|past)\b)\w+ ){0,3}?" + _DIAG
    + r"\b(?! (?:\w+ ){0,4}?(?:ago|years back|last year|in the past|when (?:he|she) was|as a (?:young|kid|teen)\w*)\b))",
)

#: ... or the relative named with an age at the opening, their back told anywhere after (session 33G): "my son (16) has had
#: low back pain since rugby, now hes burning up at 39", "my 14 year old girl has a sore back and a temperature", "my husband,
#: 58, back pain for a week and a fever" -- an age given is the patient's; the same guards: the writer naming no back, spine or
#: diagnosis of their own (not "my daughter (14) has a fever, my own back hurts")
_AGE_33G = r"(?: ,)?(?: (?:aged?|age of|is))? \d{1,2}(?: ?(?:year[s]?|yr[s]?|yo|y o)(?: old)?)?(?: ,)?"
_KIN_33G = (r"(?:husban[d]|wif[e]|partne[r]|hubb[y]|missu[s]|mothe[r]|mum|mom|mam|mam[a]|nan|nan[a]|gra[n]|grann[y]|grandm[a]|fathe[r]|dad"
            r"|granda[d]|grandp[a]|son|daughte[r]|boyfrien[d]|girlfrien[d]|brothe[r]|siste[r]|ki[d]|chil[d]|bo[y]|gir[l]|lad|las[s]"
            r"|fell[a]|blok[e])")
_BACK_33G = (r"(?:(?:lowe[r] |low )?(?:bac[k] ?pai[n]|backach[e]|bad bac[k]|sor[e] bac[k])|(?:his|her|the) (?:lowe[r] |low )?bac[k]\b(?! passag[e])"
             r"|bac[k] (?:is |has been |s |was |keeps )?(?:hurtin[g]|hurt[s]|sor[e]|achin[g]|killin[g]|playin[g] up)|lumbag[o]|sciatic[a])")
PROXY_SUBJECT += (
    r"^(?:my |our |me )(?!.*\b(?:mysel[f]|me too|not me|min[e]|so do i|same here|for me|with me|die[d]|passe[d] away|passe[d] on|los[t] (?:him|her) to)\b)(?!.*\b(?:my|me|min[e]) (?:own |whol[e] |poo[r] )?(?:lowe[r] |low |uppe[r] )?(?:bac[k]|spin[e])\b)"
    r"(?!.*\b(?:i|im|ive|i ve|i am|i hav[e]|i got) (?:(?!(?:his|her|their)\b)\w+ ){0,3}?(?:bac[k] ?pai[n]|backach[e]|bad bac[k]|sor[e] bac[k]|bac[k] (?:is|was) (?:sor[e]|bad|killin[g]))\b)"
    r"(?!.*\b(?:i|im|ive|id|my|me) (?:\w+ ){0,3}?" + _DIAG + r"\b)"
    r"(?:(?=\d{1,2} ?(?:year[s]?|yr[s]?|yo) (?:old )?" + _KIN_33G + r"\b.* " + _BACK_33G + r")\d{1,2} ?(?:year[s]?|yr[s]?|yo) (?:old )?"
    r"|(?=" + _KIN_33G + r"\b" + _AGE_33G + r" .*\b" + _BACK_33G + r"))",
)

# ---- session 29L ----
#: the relative the message opens on is too shy to write it themself, so it is typed for them (session 29L; engine
#: _as_patient): "my dad is too ashamed to ask this himself", "my wife is too embarrassed to type it herself ..., last night she
#: soiled herself in bed and never noticed" -- that relative is the patient
PROXY_SUBJECT += (
    r"^(?:my |our |me )(?=(?:mothe[r]|mum|mom|mam|mama|nan|nana|nann[a]|gran|grann[y]|grandm[a]|fathe[r]|dad|granda[d]|grandp[a]|husban[d]|wife"
    r"|partne[r]|hubb[y]|son|daughte[r]|brothe[r]|siste[r])\b(?: \S+){0,4}? (?:is |s |was |feel[s] |felt |gets )?(?:too|to|very|so|a bit|far too"
    r"|way too|much too) (?:embarrasse[d]|ashame[d]|shy|mortifie[d]|prou[d]|awkwar[d]|self consciou[s]) to (?:writ[e]|type|ask|messag[e]|send|post"
    r"|tell|say|talk|text|contac[t]|ring|call)\b)",
)
#: the area named, then after a comma an image of it not being one's own, or pressed on and not felt (session 34P): "my bum is odd
#: today, not sore, like its not mine", "my backside is weird, i press on it and can barely feel anything" (no leg between)
_P34_NOLEG = r"(?:legs?|foot|feet|shins?|calf|calve[s]|knees?|toes?)"
SADDLE_PATTERNS += (
    r"\b{AREA}\b(?: (?!" + _P34_NOLEG + r"\b)(?:\w+|,)){0,12}? , (?:(?!" + _P34_NOLEG + r"\b)\w+ ){0,3}?(?:like|as if|as thoug[h]) "
    r"(?:its |it is |theyre |they are |it was |they were |it |they )?(?:not|isnt|arent|wasnt|werent|aint) (?:\w+ )?(?:mine|my own|part of me)\b",
    r"\b{AREA}\b(?: (?!" + _P34_NOLEG + r"\b)(?:\w+|,)){0,12}? (?:\w+ )?(?:push\w* (?:on|at|into) |(?:press\w*|pinch\w*"
    r"|poke\w*|prod\w*|touch\w*|squeez\w*) (?:on |at )?)(?:it|them|there)\b(?: (?!" + _P34_NOLEG + r"\b)\w+){0,6}? {NUMB}",
)
#: the seat not felt when sitting (session 29L): "sitting on the toilet i cant feel the seat", "i barely feel the chair
#: under me anymore", "when i sit on the sofa i cant feel it at all, like its not mine" (not "cant feel the pain when i sit",
#: "i dont feel the chair is helping")
_P29_SEAT = r"(?:toile[t] |loo |car |bike |offic[e] |kitche[n] |hard |woode[n] |dinin[g] )?(?:seat|chai[r]|saddl[e]|stoo[l]|benc[h]|sofa|couc[h]|sette[e])s?"
SADDLE_PATTERNS += (
    r"\b(?:cant|canno[t]|can not|couldn[t]|coul[d] not|dont|do not|didn[t]|did not|no longe[r]|barel[y]|hardl[y]|neve[r]) (?:reall[y] |even |properl[y] "
    r"|actuall[y] )?(?:feel|felt) (?:the|my|a|that|this|me) " + _P29_SEAT + r"\b(?! (?:\w+ ){0,2}?(?:is|was|help[s]|helpe[d]|does|did|make[s]"
    r"|made|suit[s]|good|righ[t]|comf[y]|comfortabl[e]|hurt[s]|hurt)\b)",
    r"\b(?:sit|sits|sittin[g]|sat|sit down|sat down)\b(?: \w+){0,6}? (?:i )?(?:cant|canno[t]|can not|couldn[t]|coul[d] not|dont|do not"
    r"|didn[t]|did not) (?:reall[y] |even )?feel (?:it|anythin[g]|a thin[g])(?: at all| whatsoeve[r])?(?: ,)? (?:like|as if|as thoug[h]) "
    r"(?:it|its|it s|it is|it was|they|theyr[e]|my bum|the area)(?: is| was| are| were)? (?:not|isnt|wasn[t]|aren[t]|weren[t]) (?:even )?"
    r"(?:mine|my own|my body|me|part of me|my bum|ther[e])\b",
    # like sitting on a cushion or a pillow that is no real one: "its like im sitting on a pillow even on a hard chair", "as if
    # i was sat on a cushion of air" (not "i sit on a cushion because it hurts", "sitting on a cushion helps")
    r"\b(?:like|as if|as thoug[h]) (?:i m |im |i am |i was |i |id be |i d be )?(?:sittin[g]|sat|sit) on (?:a |an |some )?(?:\w+ )?"
    r"(?:cushio[n]|pillo[w]|clou[d]|spong[e]|marshmallo[w])s?\b(?! (?:\w+ )?(?:help[s]|helpe[d]|woul[d] help|is bette[r]|ease[s]|work[s]|worke[d])\b)",
)

# ---- session 29M: both legs less strong than before, heavy and tingling week by week, a foot that no longer comes up ----
#: both legs less strong than before, told without a weak word (session 29M): "both my legs arent as strong as they were",
#: "my two legs are less strong than they used to be", "both legs dont have the strength they used to" (a stable course
#: told reads them stable, else worsening)
WEAK += (r"(?:arent|are not|not|isnt|no longer|nowher[e] near) (?:as|so|that) stron[g]|less stron[g]"
         r"|(?:dont|doesnt|do not|does not|no longer|havent|have not) (?:\w+ )?(?:have |got )?(?:the |their |any |much |as much )?(?:strength|power)"
         r"(?! (?:\w+ ){0,2}?(?:problem|issu[e]|worr[y]|worrie[s])\b)",)
#: "nothing has changed", "nothings changed in months": the course told unchanged (session 29M)
STABLE += (r"nothing(?:s| has| have)? (?:\w+ )?change[d]",)
NOT_WORSE += (r"nothing(?:s| has| have)? (?:\w+ )?change[d]",)
#: worse week by week, from week to week (session 29M): "it gets worse from week to week", "week after week worse"
WORSE_NOW += (r"worse (?:from )?(?:week|month|day) (?:to|by|after) (?:week|month|day)",
              r"(?:week|month|day) (?:by|after|on) (?:week|month|day) (?:\w+ )?(?:worse|weaker|heavier)")
#: both legs heavy as lead, then full of pins and needles or ants (session 29M): "both my legs are heavy as lead and full of
#: pins and needles", "my legs feel like lead with tingling down to my toes" (the joining word cut the numbness from its legs;
#: a negation or "but" in the slot is none)
BOTH_LEGS_NUMB_PATTERNS += (
    r"\b(?:legs|feet)\b (?:(?!(?:not|no|never|but|or)\b)\w+ ){0,4}?(?:heavy|like lead|as lead|lead|like concret[e]|like brick[s])"
    r"(?: (?:as|like) (?:lead|concret[e]|brick[s]|ston[e]))? (?:(?!(?:not|no|never|but|or|without)\b)\w+ ){0,2}?(?:and|with|n|plus) "
    r"(?:(?:are|feel|get|go|have|got|im|i am|i have|ive got) )?(?:(?:full of|fille[d] with|all|lots of|loads of|a lot of) )?{LEG_NUMB}\b",
)
#: heavy legs told with "both" or a becoming between (session 29M): "my legs both feel like lead", "my legs are getting like
#: concrete"; heavy as concrete or bricks (as "like lead")
LEGS_FEEL += ("both", "getting", "going", "gone", "become", "becoming")
HEAVY += ("like concret[e]", "like brick[s]", "like lead weight[s]", "heavy as lead")

#: a clause of when the saddle area is felt, after the area and a comma (session 29Q, bot/reading/redflags.py
#: _AREA_WHEN_RESUMED): "my bum, when i sit i cant feel it"
AREA_WHEN = ("when", "whenever", "if", "once", "as soon as")

# ---- session 29R: night pain told as every position tried, nothing settles it, up at night ----
#: the tries told by "it makes no difference if" (session 29R): "at night it makes no difference if i lie on my side or ..."
POSITION_TRIED += (r"(?:makes? no (?:odds|differenc[e])|(?:doesnt|does not|dont) make (?:any |a bit of |much )?differenc[e])"
                   r" (?:if|whethe[r]) (?:i|im|i am)",
                   r"(?:no ?matte[r]) (?:if|whethe[r]) (?:i|im|i am)|regardless (?:of )?(?:if|whethe[r]) (?:i|im|i am)")
#: the back named after a first position in the list (session 29R): "on my side or my back", "flat, my back, ..."
NIGHT_POSITION += (r"(?:(?<=\bor )|(?<=\band )|(?<=, ))(?:my|me|ma) back",)
#: ... not settling, staying as bad (session 29R): "it doesnt settle", "the pain wont calm down", "it stays just as bad"
NO_RELIEF += (r"(?:doesnt|does not|dont|do not|didnt|did not|wont|will not|isnt|is not|not) (?:\w+ )?(?:settl[e]|settlin[g]|calm down"
              r"|calmin[g] down|die down|dyin[g] down|ease|easin[g]|ease off|ease up|lettin[g] up|stop|stoppin[g]|get (?:any )?bette[r]"
              r"|gettin[g] (?:any )?bette[r])\b",
              r"(?:it|the pain|pain|the ache|that) (?:just |still )?(?:stay[s]|stay|remain[s]|is) (?:just |exactly |every bit )?"
              r"(?:as bad|as sore|as painfu[l]|the same)\b")
NIGHT_PATTERNS += (
    # the relief denied in any position, the negation its own (session 29R): "the pain is not settling in any position",
    # "during the night it isnt easing in any position" (not "it doesnt hurt in any position": no relief verb)
    r"\b(?:it|the pain|pain|the ache|my back|his back|her back|his pain|her pain)(?: is| was| s)? (?:not|isnt|wasnt|doesnt|does not|wont"
    r"|will not|never|dont|didnt) (?:\w+ )?(?:settl\w*|eas\w*|reduc\w*|calm\w*|let\w* up|go\w* away|improv\w*|get\w* better|stop\w*"
    r"|die\w* down|subsid\w*) (?:\w+ ){0,2}?(?:in|with|for|at) (?:any|every|either|each) (?:positio[n]|side|way (?:i|he|she) (?:lie|lay|sleep))\b",
    # up in the small hours, walking or sitting downstairs because of it (session 29R): "i end up walking around the house at
    # 3am because of the pain", "by 2am im sitting downstairs in the chair because of my back" (not "... with the baby")
    r"\b(?:end(?:s|ed)? up|endin[g] up|have to|had to|has to|im|i am|i m|i is|i was|he is|she is|hes|shes) (?:\w+ )?(?:walkin[g]|pacin[g]"
    r"|wanderin[g]|sittin[g]|sat|sleepin[g]|up and about|up|downstair[s])\b(?: \S+){0,6}? (?:at|around|about|by|from|till|until) [1-5] ?"
    r"(?:am|ocloc[k]|in the mornin[g])\b(?! ?pm\b)(?: \S+){0,4}? (?:because of|cos of|coz of|cause of|due to|with|from) (?:it|the pain"
    r"|my back|the back|pain|his back|her back)\b",
    r"\b(?:at|around|about|by|from) [1-5] ?(?:am|ocloc[k]|in the mornin[g])\b(?! ?pm\b)(?: \S+){0,4}? (?:i|im|i am|i m|he|she|hes|shes)"
    r" (?:\w+ ){0,2}?(?:walkin[g]|pacin[g]|wanderin[g]|sittin[g]|sat|downstair[s])\b(?: \S+){0,6}? (?:because of|cos of|coz of|cause of"
    r"|due to|from) (?:it|the pain|my back|the back|pain|his back|her back)\b",
    r"\b(?:end(?:s|ed)? up|endin[g] up) (?:walkin[g]|pacin[g]|wanderin[g]) (?:around|about|round|up and down|laps of) (?:the |my |our )?"
    r"(?:hous[e]|hall\w*|room|loung[e]|livin[g] room|kitche[n]|landin[g]|floor)\b (?:at|around|about|by) [1-5] ?(?:am|ocloc[k]|in the mornin[g])\b"
    r"(?! ?pm\b)(?! (?:\S+ ){0,2}?(?:with|feedin[g]|rockin[g]|to settle) )",
)
#: the postures listed bare at night, all the same (session 30Y): "at night lying, sitting, standing, makes no odds", "in bed lying or
#: sitting its all the same", "at night it makes no odds whether im lying, sitting or standing" (the night named first: not "during the
#: day sitting or standing makes no difference"; no fine in the gaps: not "at night im fine, lying or sitting its all the same")
_POSTURE = r"(?:lyin[g]|layin[g]|sittin[g]|standin[g]|lie|sit|stand)(?: (?:down|up|flat))?"
_POSTURES = _POSTURE + r"(?: ,| or| and| , or| , and)* " + _POSTURE + r"\b"
_NOT_FINE = r"(?!(?:fine|ok|okay|well|grand|grea[t]|good)\b)"
NIGHT_PATTERNS += (
    r"\b(?:at night|nights?|in bed|night ?time|overnigh[t]|in the night)\b(?! (?:is|are|its) (?:fine|ok|okay|good|grand))(?: " + _NOT_FINE
    + r"\S+){0,8}? " + _POSTURES + r"(?: " + _NOT_FINE + r"\S+){0,12}? {NO_RELIEF}\b",
    r"\b(?:at night|nights?|in bed|night ?time|overnigh[t]|in the night)\b(?: " + _NOT_FINE + r"\S+){0,4}? {NO_RELIEF}\b(?: \S+){0,3}? "
    + _POSTURES,
)
NO_RELIEF += (r"(?:its|it is|it s|thats|that is) (?:all |just )?(?:the same|one and the same|the same thing)(?= ,| \.|$)",
              r"(?<=, )(?:all )?the same(?= ,| \.|$)", r"(?<=, )no (?:differenc[e]|odds)(?= ,| \.|$)")
#: the pain told day and night, nothing easing it or sleep lost (session 30AC): "a pain in my lower back thats there day and night,
#: nothing helps", "it aches night and day, i cant sleep", "day and night the pain, no position eases it" (the pain named near;
#: no fine in the gaps: not "pain day and night last year, now i sleep fine")
_P30AC_DN = (r"(?:day and nigh[t]|night and da[y]|day n nigh[t]|night n da[y]|day or nigh[t]|all day and (?:all )?nigh[t]|round the cloc[k]"
             r"|around the cloc[k])")
_P30AC_PAIN = r"(?:pain|pain[s]|hurts|hurt|hurtin[g]|ache|ache[s]|achin[g]|sore|agon[y]|throbbin[g])"
_P30AC_NO_SLEEP = (r"(?:cant slee[p]|cannot slee[p]|can not slee[p]|cant get (?:any )?slee[p]|not sleepin[g]|no slee[p]|barely slee[p]\w*"
                   r"|hardly slee[p]\w*|havent slep[t]|have not slep[t]|not slep[t]|unable to slee[p]|sleepless"
                   # not a wink (session 31AI): "i havent slept a wink", "didnt get a wink of sleep", "up all night with it"
                   r"|(?:didnt|did not|couldnt|could not|never|cant|havent|not) (?:get |had |have )?(?:a |one )?win[k]|(?:was |been |im |i am |i was )?up all nigh[t])")
NIGHT_PATTERNS += (
    r"\b" + _P30AC_PAIN + r"\b(?: " + _NOT_FINE + r"\S+){0,8}? " + _P30AC_DN + r"\b(?: " + _NOT_FINE + r"\S+){0,12}? (?:{NO_RELIEF}|"
    + _P30AC_NO_SLEEP + r")\b",
    r"\b" + _P30AC_DN + r"\b(?: " + _NOT_FINE + r"\S+){0,4}? " + _P30AC_PAIN + r"\b(?: " + _NOT_FINE + r"\S+){0,12}? (?:{NO_RELIEF}|"
    + _P30AC_NO_SLEEP + r")\b",
    # ... the sentence opening on day and night, the sleep lost right after it, the pain told before (session 31AI): "day and night,
    # i havent slept a wink" (not "i work day and night and cant sleep": the day and night not the sentence's opening)
    r"^" + _P30AC_DN + r"(?: ,)? (?:and |n |so )?(?:\w+ ){0,2}?" + _P30AC_NO_SLEEP + r"\b",
)
#: no position found at night (session 30Y; the relief left untold): "at night he cant find a position", "i cant find a comfy position in
#: bed" (the night named within six words; not "cant find a position that hurts")
NIGHT_PATTERNS += (
    r"\b(?:at night|nights?|in bed|night ?time)\b(?: \S+){0,6}? (?:cant|cannot|couldnt|could not|never|unable to) (?:\w+ )?find (?:a|one|any|a single)"
    r" (?:\w+ )?(?:position|way to lie|way of lying)\b(?! (?:\w+ )?(?:hurt\w*|sore|painfu[l])\b)",
    r"\b(?:cant|cannot|couldnt|could not|never|unable to) (?:\w+ )?find (?:a|one|any|a single) (?:\w+ )?(?:position|way to lie|way of lying)\b"
    r"(?! (?:\w+ )?(?:hurt\w*|sore|painfu[l])\b)(?: \S+){0,3}? (?:at night|in bed|in the night|all night)\b",
    # ... no position there that eases it (session 31AO): "at night its awful, there isnt a single position that settles it", "in bed
    # theres not one way to lie that helps" (the relief named: not "there isnt a single position that hurts")
    r"\b(?:at night|nights?|in bed|night ?time|lyin[g]|lying down)\b(?: \S+){0,14}? (?:there isnt|there is not|there wasnt|there was not|theres not|there s not"
    r"|theres no|there s no|there is no|there was no|isnt|wasnt|not) (?:one |a single |a |any )?(?:single )?(?:position|way to lie|way of lying"
    r"|sleepin[g] position)(?: (?:that|which|where|in which))? (?:\w+ )?(?:settle[s]|settle[d]|ease[s]|ease[d]|help[s]|helpe[d]|work[s]|calm[s]"
    r"|take[s] (?:it|the pain) away|relieve[s]|stop[s] it|make[s] it (?:any )?bette[r]|(?:give[s]|gave) (?:me )?(?:any )?relie[f])\b",
)
#: the night told fine lying still (session 30Y; bot/reading/redflags.py _night_told_positional): "at night im fine as long as i lie
#: still", "lying still in bed i feel nothing", "in bed im ok if i stay still": only moving or getting up hurts, no night pain told
NIGHT_STILL_FINE = (
    r"(?:fine|ok|okay|alright|all right|grand|comfortable|comfy|no pain|pain free|i feel nothing|i feel no pain|i dont feel (?:anything|a thing))"
    r" (?:\w+ ){0,2}?(?:as long as|so long as|if|when|while|whilst) (?:i|im|i m|i am) (?:\w+ ){0,2}?(?:still|not moving|dont move|do not move"
    r"|motionless)",
    r"(?:lyin[g]|lie|lay|layin[g]|stayin[g]|stay|keepin[g]|keep) (?:perfectly |completely |totally )?still(?: in bed| at night)?(?: ,)?"
    r" (?:i|im|i m|i am|its|it s|it is) (?:\w+ )?(?:fine|ok|okay|alright|comfortable|feel nothing|feel no pain|no pain|pain free)",
)
#: a night waking told in one sentence, and the next one eases it within minutes by a change of position (session 31AO; bot/reading/
#: redflags.py _night_eased_next): "... if ive been on my back too long. once i roll onto my side its gone in a few minutes"
NIGHT_TURNED = (r"(?:turn|turns|turned|turnin[g]|roll|rolls|rolled|rollin[g]|shift|shifted|move over|change position|changed position)",
                r"(?:on|onto|on to) (?:my|the other|the) (?:side|front|stomach|tummy|belly)",
                # ... back on the other side (session 32AY): "back on my right", "once im on the good side"
                r"(?:on|onto|on to) (?:my|the) (?:other|right|left|good|better) (?:side|hip)?")
NIGHT_EASED_SOON = (r"(?<!not )(?<!never )(?:gone|goes|goes away|eases|eased|eases off|settles|settled|passes|passed|disappears|fades|wears off)"
                    r" (?:\w+ ){0,2}?(?:in|within|after) (?:a few|a couple of|a|one|two|three|five|ten|\d+|some|just a few) (?:\w+ )?"
                    r"(?:minute[s]|min[s]|moments?)\b",
                    r"(?:in|within|after) (?:a few|a couple of|a|one|two|three|five|ten|\d+|just a few) (?:\w+ )?(?:minute[s]|min[s]|moments?)"
                    r"(?: ,)? (?:its|it s|it is|the pain is|the pain s) (?:\w+ )?gone\b",
                    # ... or sleep back at once (session 32AY): "once im on my other side i nod off again", "i turn over and fall straight
                    # back to sleep" (not "cant get back to sleep", "it takes hours to get back to sleep")
                    r"(?<!cant )(?<!cannot )(?<!couldnt )(?<!dont )(?<!never )(?<!not )(?:drift|drifts|nod|nods|doze|dozes|drop|drops) off again\b",
                    r"(?<!cant )(?<!cannot )(?<!couldnt )(?<!dont )(?<!never )(?<!not )(?:fall|falls|am|im|i m|go|goes|get|gets|drift|drifts|drop|drops)"
                    r" (?:straight|right|quickly|easily|immediately|instantly) (?:back )?(?:to sleep|asleep|off)\b",
                    r"(?<!cant )(?<!cannot )(?<!couldnt )(?<!dont )(?<!never )(?<!not )(?:fall|falls|am|im|i m) asleep again\b(?! (?:\w+ )?(?:hours|ages))",
                    r"(?<!cant )(?<!cannot )(?<!couldnt )(?<!dont )(?<!never )(?<!not )(?:back to sleep|asleep again|off again) (?:straight away|right away|in no time"
                    r"|no bother|no problem|in seconds|immediately|just like that)\b")

# ---- session 29S: bladder and bowel, the sign asked about and denied as one's own ----
#: the sign asked or read about, then denied as one's own (session 29S): "i have no issues with that myself", "not the case
#: for me", "i dont have any problems there", "none of that for me"
SIGNS_DENIED += (r"(?:i|ive|i ve|i have|ive got|i have got) (?:got )?no (?:issues?|problems?|troubles?|difficult\w*) (?:with|of) (?:that|this|those|it)"
                 r"(?: (?:myself|personally|at all))?(?= ,| \.|$)",
                 r"(?:thats|that is|its|it is|thats just|that is just) not (?:the case )?(?:for me|with me|me)(?= ,| \.|$)",
                 r"not the case (?:for|with) me(?= ,| \.|$)",
                 # everything working down there (session 30AC): "everything works fine down there", "it all works normally"
                 r"(?:everything|it all|all) (?:works|is working|s working|working|functions|is functioning) (?:just |totally |perfectly )?(?:fine"
                 r"|normally|normal|ok|okay|well|as normal|as it should)(?: (?:down there|there|down below|in that department))?(?= ,| \.|$)")
#: ... the numbness itself denied, whole (session 30Y): "i am not having any numbness anywhere", "i dont have any numbness or tingling",
#: "im not numb anywhere" (after a sign asked or read about; a sign told after it stays read)
SIGNS_DENIED += (r"(?:i|im|i m|i am|ive|i ve|i have) (?:not having|not got|dont have|do not have|havent got|have not got|havent had|have not had"
                 r"|have no|got no|not|no|dont get|do not get|dont feel|do not feel|never had|never have) (?:any |no )?(?:numbness|tinglin[g]|pinsneedles"
                 r"|loss of feelin[g]|numb)(?: (?:or|and|nor) (?:any )?(?:numbness|tinglin[g]|pinsneedles|weakness|problems?))?"
                 r"(?: (?:anywhere|at all|whatsoever|anywhere at all|down there|there|in that area))?(?= ,| \.|$)",)
#: a question whether one should go when one has the sign (session 29S): "is it true you go to a&e if you cant ...", "should
#: you go to hospital if you ..."
#: a leg or foot in general after an "if" (session 34, the lead): "if the leg becomes weak, is it an emergency?" (not "if my leg ...")
GENERAL_SUBJECT += (r"(?:\w+ ){0,4}?(?:if|when|once) (?:the|a|one|your) (?:leg|foot|legs|feet)\b",)
GENERAL_SUBJECT += (r"(?:is it|is that|its) (?:true|right|correct) (?:that )?(?:you|one|people|someone)\b",
                    # when a sign becomes an emergency, asked (session 30AC): "when is not being able to hold your wee an emergency",
                    # "at what point does losing bladder control become urgent" (not "when is my ... ": the person's own)
                    r"(?:so )?(?:when|at what point) (?:exactly )?(?:is|isnt|does|doesnt|do|are|would|should|will) (?!(?:i|im|ive|me|my)\b)(?:\w+ ){0,12}?"
                    r"(?:(?:become|turn into|count as|be|considered|classed as) )?(?:an emergency|a medical emergency|an urgent|urgent|serious"
                    r"|dangerous|a red flag|an a e thing)\b",
                    r"(?:should|must|do|would) (?:you|one|people)\b(?: \w+){0,8}? (?:if|when) (?:you|one|people|someone)\b")
#: a question whether the thing told counts as the sign (session 30Y): "does that count as night pain?", "would that be classed as ...",
#: "is that what you mean by night pain?", "is that night pain?" (dropped only with the person's own told fine: _own_told_fine)
GENERAL_SUBJECT += (r"(?:does|do|would|could|will|can) (?:that|this|it|these|those) (?:\w+ )?(?:count|be counted|be classed|be classified|qualify"
                    r"|be considered|class) as\b",
                    r"(?:is|was|would|could) (?:that|this|it) (?:\w+ )?(?:be )?(?:counted as|classed as|classified as|considered"
                    r"|what (?:you|they|people|doctors|the \w+)(?: guys)? (?:mean|call|means|calls))\b",
                    r"(?:is|was|would|could) (?:that|this|it)(?: (?:then|still|really|actually|just|also|be|a|the|proper|real|classic|typical))*"
                    r"(?= (?:night ?pain|night ?time pain|nocturnal pain|pain at night)$)")
#: wet or soiled in the dialect words of the pants (session 29S): "i wet me kecks", "shat ma breeks", "me keks were soiled an i
#: never felt owt" ("ma" is read "mon" by the French street words; the words bracketed out of the typo reader's vocabulary)
_DIALECT_PANTS = r"(?:keck[s]|kek[s]|breek[s]|trew[s]|troose[r]s|drawer[s]|undercracker[s]|grundie[s]|shreddie[s])"
BLADDER_PATTERNS += (
    r"\b(?:wet|pissed|peed|weed|shat|shit|soiled|messed|pooed|pood|dirtie[d]) (?:in )?(?:my|me|ma|mah|mon|mi) (?:\w+ )?" + _DIALECT_PANTS + r"\b",
    r"\b(?:my|me|ma|mah|mon|mi) (?:\w+ )?" + _DIALECT_PANTS + r" (?:were|was|are|is|got|had been|have been) (?:\w+ )?(?:soiled|wet|damp|dirt[y]|muck[y]"
    r"|clart[y]|mank[y]|staine[d]|mess[y])\b(?: \S+){0,6}? (?:never|didnt|didnae|didn[a]|hadnt|not|without|no) (?:\w+ ){0,3}?(?:notic\w*|clocke[d]|felt|feel"
    r"|knew|know|ken|kent|realis\w*|realiz\w*|clue|owt|anything)\b",
)

# ---- session 29T -------------------------------------------------------------------------------------------------------
#: warm water or heat felt LESS on the saddle area than elsewhere (session 29T): "the hot water feels tepid on my bum",
#: "my backside barely feels the hot shower", "i can hardly feel the hot water bottle against my bum" (not "the water is
#: lukewarm, the boiler is broken": no area told; "the bath felt lovely on my bum": nothing dulled)
_HEAT_29T = (r"(?:(?:hot|warm|boilin[g]|scaldin[g]|steamin[g]|shower|bath) )?(?:wate[r]|showe[r]|bat[h]|hot water bottl[e]|water bottl[e]"
             r"|hot tu[b]|jacuzz[i]|heat pa[d]|heatin[g] pa[d]|heat|warmt[h]|radiato[r])")
_DULLED_29T = (r"(?<!not )(?<!never )(?:luke ?war[m]|tepi[d]|barely war[m]|hardly war[m]|only just war[m]|not (?:even |very |that |really )?(?:war[m]|hot)"
               r"|cold|cool|like nothin[g]|like (?:hardly |barely )?anythin[g]|like (?:its |it is )?(?:not|barely|hardly) (?:there|on me))")
_ON_29T = r"(?:on|against|over|round|around|at|to|in|down) (?:my |me |the |both |all )?(?:\w+ )?"
_BARELY_29T = (r"(?:can barely|can hardly|could barely|could hardly|barely|hardly|scarcely|cant|couldnt|cannot|dont|doesnt|didnt"
               r"|does not|do not|only just)")
SADDLE_PATTERNS += (
    # the heat told dulled there, a verb of feeling: "the hot water feels tepid on my bum"
    rf"\b{_HEAT_29T}\b(?: \S+){{0,6}}? (?:feels?|felt|feelin[g]|seems?|seeme[d]|comes across|came across) (?:\w+ ){{0,2}}?{_DULLED_29T}\b"
    rf"(?: \S+){{0,4}}? {_ON_29T}{{AREA}}\b",
    # ... the area between: "the heat on my inner thighs feels like nothing"
    rf"\b{_HEAT_29T}\b(?: \S+){{0,12}}? {{AREA}}\b(?: \S+){{0,6}}? (?:feels?|felt|feelin[g]|seems?|seeme[d]) (?:\w+ ){{0,2}}?{_DULLED_29T}\b",
    # the area the one that barely feels it: "my backside barely feels the hot shower"
    rf"\b{{AREA}}\b(?: (?:chee[k]|cheek[s]|and|n|my|me|the|inner|insid[e]|thigh[s]|of|both|just|only|now)){{0,5}} {_BARELY_29T} (?:even |really "
    rf"|properly )?(?:feels?|felt|notices?|registe[r]s?|senses?) (?:the |any |that |much (?:of )?(?:the )?)?{_HEAT_29T}\b",
    # the patient barely feeling it there: "i can hardly feel the hot water bottle against my bum"
    rf"\b{_BARELY_29T} (?:even |really |properly )?(?:feel|felt|notice|registe[r]|sense) (?:the |any |that )?{_HEAT_29T}\b(?: \S+){{0,3}}? "
    rf"(?:on|against|over|round|around|at|in) (?:my|me|the|both) (?:\w+ )?{{AREA}}\b(?!(?: \S+){{0,3}}? (?:through|thru|because|cos|coz)\b)",
    # dulled there, hot everywhere else: "in the bath its lukewarm on my bum but roasting everywhere else"
    rf"\b{_DULLED_29T}\b {_ON_29T}{{AREA}}\b(?: \S+){{0,12}}? (?:everywhere else|rest of (?:me|my body)|elsewhere|anywhere else|the rest)\b",
)
#: a temperature told normal for a stretch, after a fever (session 29T): "my temp has been normal for a week", "temperature
#: normal since monday", "temps been normal 10 days now" (not one that came back after it)
FEVER_OVER += (r"(?:the |my |me )?(?:temp|temps|temperature|temperatures)(?: s)? (?:(?:has|have|is|s|had|was|been|stayed|stays|remained|kept"
               r"|back|come|came|gone|went|now|all|totally|completely|perfectly|fully|quite|pretty|bang|dead|to) ){0,5}?normal"
               r"(?: again| now)? (?:for |since |over |these |the |a good |a whole )?(?:(?:the|last|past|good|whole|full|few|couple|of|a|an|\d+|one|two"
               r"|three|four|five|six|seven|eight|nine|ten|several) ){0,3}?(?:days?|weeks?|fortnight|months?|mon|tue|wed|thu|fri|sat|sun"
               r"|\w+day|yesterday)\b(?!(?: \S+){0,15}? {RECURRED}\b)",)
#: both legs weak told after the legs (session 29T): "my legs go heavy and tingly, the both of them weak", "legs full of pins and
#: needles, both really weak" (not "not both weak")
BOTH_LEGS_WEAK_PATTERNS += (
    r"\b(?:legs|feet)\b(?: \S+){0,20}? (?<!not )(?:both|both of them|the both of them|the two of them|the pair of them) (?:are |feel |feeling "
    r"|going |gone |getting |really |very |so |a bit |quite |just |awfu[l] |too )*(?:weak|weaker|feebl[e]|feeble[r])\b",
    r"\b(?:legs|feet)\b(?: \S+){0,20}? (?<!not )(?:weak|weaker|feebl[e]) (?:the )?(?:both|two|pair) of (?:them|em)\b",
)

#: a fever coming back at a time of every day (session 29, bot/reading/redflags.py _FEVER_EVERY_EVENING): "fever every
#: evening, temperature normal in the mornings"
FEVER_EVERY_EVENING = (r"(?:every|each) (?:evenin[g]|nigh[t]|afternoo[n])", r"in the evening[s]", r"at nigh[t]s?")

# ---- session 35B: night pain told as no way of lying easing it, every way tried, nothing helping ----
#: every way of lying tried (bot/reading/redflags.py _SHARED_NIGHT): "tried every way of lying, nothing helped", "every
#: sleeping position, nothing eases it"
WAYS_TRIED_LYING = (r"every (?:which |single |possibl[e] )?way (?:of lyin[g]|of layin[g]|to lie|to lay|i (?:can )?lie|i (?:can )?lay|of sleepin[g])",
                    r"every (?:single |possibl[e] )?sleepin[g] positio[n]", r"(?:all|every) (?:the |my )?sleepin[g] position[s]")
#: every way tried in general, read with the night or the lying named in the sentence: "i tried every which way last night,
#: nothing helped", "ah try every which way to sleep, nothing dey help" (not "tried every which way, physio, pills, nothing helps",
#: nor "every which way to get the baby to sleep": another's sleep)
WAYS_TRIED = (r"every (?:which |single |possibl[e] )?wa[y](?! to (?:get|make|help|settle|put|calm|rock|sooth[e])\b)",
              r"every (?:single |possibl[e] )?positio[n]", r"all (?:the )?position[s]")
#: the positions in Caribbean forms: "pon mi side, pon mi belly" (the reading makes "pon" "on")
NIGHT_POSITION += (r"on (?:mi|di|de) (?:left |right )?(?:side|back|belly|tummy|fron[t]|stomac[h])",)
#: ... and nothing helping with the Caribbean or West African negation: "nothing nuh help", "nothing dey help", "nothing no help"
NO_RELIEF += (r"nothing (?:nuh|nah|na|no|noh|dey|don|doh|nor) (?:\w+ )?(?:help|helpe[d]|helpin[g]|work|worke[d]|eas[e]|chang[e])\b",)
NIGHT_PATTERNS += (
    # no way of lying that takes it off or away (session 35B): "there's no way of lying that takes the pain off", "not a single way
    # to lie that takes it away" (no way of lying that eases it: session 17)
    r"\b(?:no|not one|not a single|not a|not any) (?:positio[n]|way of lyin[g]|way of layin[g]|way to lie|way to lay|way i (?:can )?lie)\b"
    r"(?: \w+){0,3}? (?:take[s]|took|takin[g]) (?:it|the pain|the ache|the edge|that)(?: \w+){0,2}? (?:off|away)\b",
)

#: another vehicle run into the patient or the patient's car, told with a plain verb of motion (session 35C, issue 12): the
#: Scots "intae the back o" ("some numpty drove intae the back o ma van"), "into the back of mine", "somebody drove into my
#: car", "a taxi ran into me", Indian English "a bike dashed my scooter" (not "the dog dashed into my car"), the body "flung forward and back" in the seat (not
#: the patient driving: "i drove into the car park"; not a near miss: "a car nearly ran into me"; not a relative's crash:
#: _someone_else; not rocking to ease the pain: a verb of being thrown)
_NEAR_MISS_35C = r"(?<!\balmos[t] )(?<!\bnearl[y] )(?<!\bnarrowl[y] )(?<!\bpracticall[y] )(?<!\bnear )(?<!\bjust about )"
#: the words between the vehicle and its verb, never a person (31AJ: "the bus driver ran into me at the shop" is a person)
_GAP_35C = r"(?:(?!(?:almos[t]|nearl[y]|narrowl[y]|practicall[y]|near|never|not|didnt|nt|drive[r]s?|ride[r]s?|conducto[r]s?|passenge[r]s?|man|guy|blok[e]|woma[n]|lady|kid|boy|girl)\b)\w+ ){0,2}?"
_OWN_CAR_35C = (r"(?:(?:own|new|old|little|wee|poor|parke[d]|hire|renta[l]|work|compan[y]|famil[y]) )?(?:car|cars|moto[r]|vehicl[e]|van|taxi|cab"
                r"|motorbik[e]|scoote[r]|jeep|suv|ute|truc[k]|picku[p]|hatchbac[k]|saloo[n]|estat[e])")
TRAUMA_PATTERNS += (
    r"(?<!\bi )(?<!\bwe )" + _NEAR_MISS_35C + r"\b(?:went|drov[e]|drive[n]|ran|run|ploughe[d]|plowe[d]|smashe[d]|slamme[d]|crashe[d]|bumpe[d]"
    r"|pile[d]|ramme[d]|bange[d]|dashe[d]|reverse[d]|backe[d]) (?:righ[t] |straigh[t] |full |smac[k] |hea[d] on )?(?:into|inta[e]|in to|in ta[e])"
    r" the (?:back|rear|side) (?:of|o) (?:me|us|mine|ours|(?:my|our|mon|ma) " + _OWN_CAR_35C + r")\b",
    r"(?<!\bi )(?<!\bwe )" + _NEAR_MISS_35C + r"\bcame (?:righ[t] |straigh[t] |full |smac[k] )?(?:into|inta[e]|in to) the (?:back|rear|side) (?:of|o)"
    r" (?:me|us|mine|ours)\b",
    r"(?<!\bi )(?<!\bwe )" + _NEAR_MISS_35C + r"\b(?:drov[e]|ran|went|rolle[d]|skidde[d]|slid|swerve[d]|veere[d]|careere[d])"
    r" (?:righ[t] |straigh[t] |full |hea[d] on |smac[k] )?(?:into|inta[e]|in to) (?:my|our|mon|ma) " + _OWN_CAR_35C
    + r"\b(?! (?:par[k]|park[s]|doo[r]|door[s]|key[s]|boot|seat|seat[s]|to)\b)",
    r"\b(?:" + _MACHINE[3:-1] + r"|auto|ricksha[w]) " + _GAP_35C + r"(?:ran|run|drov[e]|went|ploughe[d]|dashe[d]|skidde[d]|swerve[d]|veere[d])"
    r" (?:righ[t] |straigh[t] |full |hea[d] on )?(?:into|inta[e]|in to) (?:me|us)\b",
    r"\b(?:" + _MACHINE[3:-1] + r"|auto|ricksha[w]|drive[r]|ride[r]) " + _GAP_35C + r"dashe[d] (?:me|us)\b",
    r"(?<!\bi )(?<!\bwe )" + _NEAR_MISS_35C + r"\bdashe[d] (?:righ[t] |straigh[t] |hard )?(?:my|our) (?:\w+ )?(?:bike|bicycl[e]|cycl[e]"
    r"|scoote[r]|scoot[y]|activ[a]|moto[r]|motorbik[e]|car|van|auto|ricksha[w]|two wheele[r]|vehicl[e])\b",
    r"\b(?:throw[n]|flun[g]|jolte[d]|hurle[d]|catapulte[d]|launche[d]) (?:\w+ ){0,2}?(?:forwar[d]s? (?:and|an|n|then|,) (?:\w+ )?(?:back|backwar[d]s?)"
    r"|(?:back|backwar[d]s?) (?:and|an|n|then|,) (?:\w+ )?forwar[d]s?)\b",
    r"\b(?:head|neck) (?:\w+ ){0,2}?(?:whippe[d]|snappe[d]|flew|fle[w]|jerke[d]) (?:\w+ )?(?:forwar[d]s? (?:and|an|n|then|,) (?:\w+ )?(?:back|backwar[d]s?)"
    r"|(?:back|backwar[d]s?) (?:and|an|n|then|,) (?:\w+ )?forwar[d]s?)\b",
)

# ---- session 35F: the saddle area told by what is not felt there, by a comparison (bot/reading/redflags.py SADDLE_RULES) ----
#: numb as after an injection, as under something thick worn there, the seat felt as nothing (near the area only): "like
#: after an injection", "like im wearing thick ski trousers", "as if i had a nappy on" (not "like i need a nappy"), "my bum
#: felt like nothing on the seat"
NUMB_SADDLE += (
    r"(?:like|as if|as though|same as) (?:\w+ ){0,3}?(?:an |a )?(?:injectio[n]|jab)\b",
    r"(?:like|as if|as though) (?:(?!nee[d]|needed|needin[g])\w+ ){0,4}?(?:ski (?:trouser[s]|pant[s]|sui[t])|salopette[s]|nappy"
    r"|nappie[s]|diape[r]|diaper[s])\b",
    r"(?:feels|felt|feeling) like nothin[g](?= (?:under|on|there|down|at all)\b)",
)
#: the comparison told first, then a comma and the area it is of: "like after a jab at the dentist, round my bum" (not the
#: area's pain or its being fine after it)
SADDLE_PATTERNS += (
    r"\b(?:like|as if|as though|same as) (?:\w+ ){0,6}?(?:dentist|dentists|injectio[n]|jab|anaesthetic|anestheti[c]|novocain[e]|numbed)"
    r"(?: \w+){0,2}? , (?:\w+ ){0,2}?{AREA}\b(?! (?:\w+ ){0,2}?(?:{HURTS}|fine|normal|ok)\b)",
)
# ---- session 35H: a fever told over after a few days ----
#: the fever gone, broken or cleared after a stretch of days (session 35H; bot/reading/redflags.py _OVER_NOW): "the fever went after
#: three days", "my temp broke within two days", "the fever had cleared up in a couple of days" (not "went up after two days", "went
#: down": lower only, "never went after", "hasnt gone after a week", one that came back)
FEVER_OVER += (r"(?:the |my |me |that )?(?:fever|temperature|temp) (?:had |has |was |had been |has been )?(?:finally |eventually |only |just "
               r"|completely |all |totally )?(?:went|gone|broke|broken|cleared|passed|disappeared|vanished|settled|stopped|left|went away"
               r"|gone away|cleared up|died off|wore off) (?:after|within|in) (?:about |around |roughly |only |just )?(?:a |an |one |two |three "
               r"|four |five |a few |a couple of |a couple |couple of |\d+ )(?:days?|hours?|nights?|weeks?)\b"
               r"(?!(?: \S+){0,15}? {RECURRED}\b)",)
#: the thermometer read at a time of every day, no fever coming back (session 35H; bot/reading/redflags.py _fever_every_evening):
#: "no temperature since, i check it every night", "i take my temperature every evening" (not "i take paracetamol every night")
FEVER_MEASURED = (r"(?:check|checked|checking|measure|measured|measuring|monitor|monitored|monitoring|test|tested|testing)(?: it| my temperature"
                  r"| my temp| the temperature| the temp| myself)? (?:every|each) (?:evening|night|afternoon)",
                  r"(?:take|took|take[n]|takin[g]|do|did|done|doing) (?:my|the) (?:temperature|temp) (?:every|each) (?:evening|night|afternoon)",
                  r"(?:every|each) (?:evening|night|afternoon) (?:i |ive )?(?:check|checked|measure|measured|take my temperature|took my temperature"
                  r"|take my temp|took my temp)")

# ---- session 36C: a collision denied with "nothing", a near miss, a crash only watched (NOT_A_FALL) ----
#: a collision told with nothing or no one as what was struck: "collided with nothing", "crashed into nobody" (not "... nothing
#: else", not a fall: "tripped over nothing" is a fall told, read by its own entry)
#: a near miss inside the trauma words: "a bus almost hit me", "was nearly run over by a taxi", "a van nearly knocked me over" (a
#: fall told after it stays: "almost hit and fell over")
#: a crash only watched on a screen: "a film about a plane crash", "saw the pile up on the news"
NOT_A_FALL += (
    (r"\b(?:crash\w*|collid\w*|collision|bump\w*|bang\w*|smash\w*|slam\w*|knock\w*|ran|run|walked|hit|struck|clatter\w*|ploughed"
     r"|plowed|careered|careened)$", None,
     (r"^ (?:with|into|in to|against|on|onto) (?:absolutely )?(?:nothing|nothin|nuthin|nowt|nobody|no one|noone|no body)\b(?! else\b)",)),
    (r"\b(?:nearly|almost|practically|just about|all but|very nearly) (?:got |get |been |be |being |getting )?(?:hit|knock|run|ran|crash|collid"
     r"|smash|slam|struck|clip|mow|mown|flatten|plough|plow|bump|rear end|rearend|wipe|sideswip|swip|t bone|tbone)", None, (r"",)),
    (r"(?:accident|crash|collision|pile ?up|smash)$",
     r"\b(?:film|movie|documentary|programme|program|show|video|clip|series|episode|game|report|footage) (?:about|with|of|showing|on)"
     r" (?:a|an|the|that|this|some)(?: \w+)?$",
     (r"^(?: \w+){0,3}? (?:on|in) (?:the |a |an |that |this )?(?:tv|telly|television|news|film|movie|video|youtube|documentary|programme"
      r"|program|show|series|game|replay|footage|highlights)\b(?! (?:room|lounge|stand|cabinet|unit)\b)",)),
)  # fmt: skip
#: real words one letter from session 36's new pattern and street words ("enough", "slape", "stoan", the Limburg "tossen",
#: "ummer", "slaope"): no typos to correct
REAL_NEIGHBOURS = REAL_NEIGHBOURS | frozenset("enoughs slope shape slake slave sloan tossed bummer hummer mummer rummer summer".split())
# ---- session 35E ---------------------------------------------------------------------------------------------------------
#: a red flag's name read on a paper, its meaning asked in a learner's grammar and the sign denied (session 35E): "in the
#: sheet from physio is written saddle anaesthesia. what it means? i dont have something like this"
#: ... the meaning asked in a learner's word order after the term: "what it means", "what this is", "what means that"
TERM_ASKED_AFTER += (r"what (?:that|it|this) (?:\w+ )?(?:means|mean|is)", r"what (?:means|mean) (?:that|it|this)")
#: ... the term read on a paper or a sheet: "on the sheet from the physio is written", "in the paper stands" (dropped only with
#: the person's own told fine after it)
HEARSAY += (r"(?:on|in) (?:a |an |the |this |that |some )?(?:\w+ )?(?:pape[r]|paper[s]|shee[t]|leafle[t]|handou[t]|pamphle[t]|flye[r]"
            r"|bookle[t]|brochur[e]|for[m]|lis[t])(?: (?:from|of|by) (?:the |a |my )?\w+)?(?: \w+)? (?:(?:is|was|are|were|it is|its|it was)"
            r" (?:writte[n]|wrot[e]|printe[d]|liste[d]|mentione[d])|stand[s]|stoo[d])\b",)
#: ... the carer who wrote it down: "the physio wrote saddle anaesthesia as red flag"
NAMED_BY_CARER += (r"(?:doctor|doc|dr|gp|physio|physiotherapis[t]|nurse|consultant|surgeon|specialist|chiropractor|chiro|osteo|osteopat[h]"
                   r"|therapis[t])(?: \w+){0,2}? (?:wrot[e]|writes|has writte[n]|had writte[n]|noted down|put down)",)
#: ... the sign denied in a learner's grammar: "i dont have something like this", "i have not something like that", "this i
#: dont have"
SIGNS_DENIED += (r"(?:i|ive|i ve|i have) (?:dont|do not|havent|have not|not|never) (?:have |got |had |felt |noticed )?(?:somethin[g]|some thing)"
                 r" (?:like|of) (?:that|those|this|it)\b",
                 r"(?:^|(?<=\. )|(?<=, ))(?:that|this|those|these|such) (?:thing |things )?i (?:dont|do not|havent|have not|didnt|did not|never)"
                 r" (?:have|got|had|get|feel|felt)(?: (?:at all|myself|either))?(?= ,| \.|$)")
#: ... incontinence is a sign's name too: "what is incontinence?" (not "i have incontinence": owned)
SIGN_TERMS += (r"(?:urinary |faecal |fecal |bowel |bladder )?incontinence",)

# ---- session 36E ---------------------------------------------------------------------------------------------------------
#: a form's, a website's or the bot's question quoted (session 36E): "they ask if i have a fever", "you asked if i lost weight",
#: "the intake form asks have you lost weight without trying", "it says did you lose weight" (what follows is their question; the
#: sign is then dropped only when the person's own is told fine: denied, or the weight lost on purpose)
HEARSAY += (r"(?:they|you)(?: \w+){0,1}? (?:ask|asks|asked|are asking|were asking|want to know|wanted to know)(?= (?:me )?(?:if|whether)\b)",
            r"(?:form|forms|questionnaire|question|questions|app|card|survey|sheet|leaflet|checklist|website|site|chatbot|bot|it|they|you)"
            r"(?: \w+){0,2}? (?:ask|asks|asked|says|said|is asking|was asking)(?= (?:me )?(?:have|had|did|do|are|were) you\b)")
#: ... and the person's plain answer to it, a clause by itself: "no", "nope, i havent", "i dont", "no i didnt"
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:(?:no|nope|nah)(?: ,)? )?(?:i|i have|i do|i did) (?:havent|dont|didnt|have not|do not|did not)"
                 r"(?: (?:at all|either))?(?= ,| \.|$)",)
#: ... a sign's name read on a paper or a sheet, the carer or the place it came from named: "in the paper from my physio it
#: says saddle anaesthesia ...", "on the sheet from the hospital it says ..." (read as a carer's naming, not a page read about:
#: dropped only with the person's own told fine after it; the paper may be the person's own from the hospital)
NAMED_BY_CARER += (r"(?:on|in) (?:a|an|the|this|that|my) (?:\w+ )?(?:pape[r]|shee[t]|leafle[t]|handou[t]|for[m])(?: \w+){0,3}? (?:it says|it said"
            r"|it mentions|it lists|there is|theres|they list|they mention)\b",)
#: ... a sign's name told as one on a list: "saddle anaesthesia is on the list of warning signs in the leaflet. what is it?"
TERM_ASKED_AFTER += (r"(?:is|are|was|were) (?:on|in) (?:the|a|this|that|their) (?:\w+ )?(?:list|checklist)\b",)
#: ... the sign denied plainly, a clause by itself: "i dont have that", "i havent got that at all", "this i dont have"
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:(?:no|nope)(?: ,)? )?i (?:dont have|do not have|havent got|have not got|havent had|have not had|dont get"
                 r"|never had) (?:that|this|it|those|these|them)(?: (?:at all|either|myself|thankfully|luckily))?(?= ,| \.|$)",)


# ---- session 37B: a fall told as the landing on the floor or the ground, after a near fall too (TRAUMA_PATTERNS) ----
#: "i landed on the floor", "tripped and ended on the kitchen floor", "almost fell and ended up on the ground", "nearly fell,
#: i was on the floor": ending up there is a fall, whatever came before (a near fall with no landing stays none: "almost fell but
#: caught myself"; not lying there on purpose, "i lie on the floor to stretch", nor "a sock off the floor", "the cup landed on the
#: floor": the landing is told by the patient, or right after "and", "then", a comma)
TRAUMA_PATTERNS += (
    r"(?:(?<=\bi )|(?<=\bwe )|(?<=^))(?:(?:just|then|suddenl[y]|eventuall[y]) )?(?:lande[d]|ende[d]|ende[d] up|woun[d] up|finishe[d] up)"
    r" (?:\w+ ){0,2}?(?:on|onto) (?:the|my|our) (?:\w+ )?(?:floo[r]|groun[d])\b(?! (?:to|for)\b)",
    r"(?:(?<=\band )|(?<=\bthen )|(?<=, ))(?:ende[d]|ende[d] up|woun[d] up|finishe[d] up)"
    r" (?:\w+ ){0,2}?(?:on|onto) (?:the|my|our) (?:\w+ )?(?:floo[r]|groun[d])\b(?! (?:to|for)\b)",
    # ... the near fall, then the state there: "nearly tripped, i was on the floor", "almost fell and landed flat on the ground"
    r"\b(?:almos[t]|nearl[y]|practicall[y]|just about) (?:fell|fall|falle[n]|trippe[d]|slippe[d]|went over|went down|los[t] my balanc[e])\b"
    r"(?: \S+){0,5}? (?:(?:i|and|then|,) )?(?:was|were|lay|laid|lande[d]|ende[d] up|ende[d]) (?:lyin[g] |layin[g] |flat |sprawle[d] |sprea[d] )?"
    r"(?:on|onto) (?:the|my) (?:\w+ )?(?:floo[r]|groun[d])\b(?! (?:to|for)\b)",
)

# ---- session 37G: the saddle area named as a region, felt thick, padded or dull (bot/reading/redflags.py SADDLE_RULES) ----
#: the region one sits on, named as such: "the area i sit on", "the part you sit on", "the bit that touches the saddle"
AREA += (r"(?:the |my |whole |entire )?(?:are[a]|par[t]|bit|bits|regio[n]|zone|spot) (?:that |which )?(?:i|you|we|one|ya) (?:\w+ )?sits? on",
         r"(?:the )?(?:bit|part|area|bits|parts) (?:that|which|where) (?:\w+ )?(?:touch(?:es)?|sits? on|rests? on) (?:the|a|my) (?:\w+ )?"
         r"(?:saddl[e]|chai[r]|stoo[l])")
#: "down below front and back feels dull" (the "and" of the area's own words is no clause boundary here)
SADDLE_PATTERNS += (r"\b(?:down (?:below|there)|{AREA}) (?:both )?(?:front and back|back and front|at the front and (?:the )?back)"
                    r" (?:(?!(?:not|no|never|isnt|doesnt|dont)\b)\w+ ){0,3}?{NUMB}\b(?! (?:\w+ ){0,2}?(?:{HURTS}|legs?)\b)",)
#: thick or padded there, or a layer between (near the area only; not the cushion or the pad that feels thick: "the cushion
#: under my bum feels thick")
NUMB_SADDLE += (
    r"(?<!\bcushio[n] )(?<!\bpillo[w] )(?<!\bpad )(?<!\bmattres[s] )(?<!\bnapp[y] )(?<!\bjean[s] )"
    r"(?:feels?|felt|feelin[g]|gone|goes|goin[g]|went) (?:all |kind of |kind[a] |sort of |a bit |really |very |so |quite |weirdly |strangely )?"
    r"(?:thic[k]|padde[d]|thickene[d]|swaddle[d])\b(?! (?:\w+ )?(?:cushio\w*|pillo\w*|pad|pads|mat|mats|mattres\w*|seat\w*))",
    r"(?:like|as if|as though) (?:theres|there is|there was|theres been|im wearing|i am wearing|i was wearing|wearing|its wrapped in|wrapped in)"
    r" (?:a |an |some )?(?:\w+ ){0,2}?(?:laye[r] of |wad of |pad of |lot of )?(?:cotton wool|cotto[n]|waddin[g]|paddin[g]|foam|felt)\b",
    r"(?:like|as if|as though) (?:theyre|they are|they were|its|it is|it was|im|i am|i was|ive been|i have been) (?:all |been |kind of |sort of )?"
    r"(?:padde[d]|wrappe[d] up|swaddle[d])\b",
)
#: thick said of a thing, not of the area (bot/reading/redflags.py _thick_of_object): "the cushion under my bum feels thick"
THICK_WORD = (r"thic[k]", r"padde[d]", r"thickene[d]", r"swaddle[d]")
THICK_OBJECT = (r"cushio[n]", r"cushion[s]", r"pillo[w]", r"pillow[s]", "pad", "pads", r"mattres[s]", r"blanke[t]", r"duve[t]", r"towe[l]")
#: ... unless told as a likeness of the numb feeling (session 37G follow-up): "it feels like sitting through a thick towel"
THICK_SIMILE = ("like", "as if", "as though", "through")

#: strength lost bit by bit, told without the word "worse" (session 37H, issue 12): "every week a bit less strength", "less
#: strength every day", "less and less power", "losing strength bit by bit", "slowly im losing the strength"; a worsening
#: course (WORSE_NOW) and, with a limb in the sentence, a worsening leg (bot/reading/redflags.py _SHARED_WORSENING). Only
#: strength or power that goes: "the pain is a bit less every week", "every week a bit more strength" are no worsening.
_STEADY_TIME = (r"(?:bit by bit|little by little|day by day|week by week|week after week|day after day|by the day|by the week"
                r"|(?:every|each) (?:single )?(?:day|week)|gradually|slowly|steadily|progressively)")
STEADY_LOSS = (
    r"(?:every|each) (?:single )?(?:day|week|month) (?:\w+ ){0,5}?(?:less|lower) (?:strength|power)",
    r"(?:day|week|month) (?:by|after) (?:day|week|month) (?:\w+ ){0,3}?(?:less|lower) (?:strength|power)",
    r"(?<!no )(?:less|lower) (?:strength|power) (?:\w+ ){0,4}?(?:(?:every|each) (?:single )?(?:day|week|month)|by the (?:day|week)"
    r"|(?:day|week|month) (?:by|after) (?:day|week|month))",
    r"less (?:and|n) less (?:strength|power)",
    r"(?<!not )(?<!never )(?<!stopped )(?:losing|loses|lose|losi[n]) (?:\w+ ){0,2}?(?:strength|power)(?: \w+){0,4}? " + _STEADY_TIME,
    _STEADY_TIME + r" (?:\w+ ){0,3}?(?:losing|loses|lose|losi[n]) (?:\w+ ){0,2}?(?:strength|power)",
)
WORSE_NOW += STEADY_LOSS

#: a sign asked about in general, how one notices it or whether it can come from the back (session 37C): "how would you even
#: notice that", "how do people know when ...", "can leaking urine be caused by the spine" (dropped only with the person's own
#: told fine after it: _own_told_fine; "... i think i have that" keeps it)
GENERAL_SUBJECT += (r"how (?:do|does|would|can|could|will|should|might) (?:you|one|someone|somebody|a person|people|anyone|they)"
                    r" (?:\w+ )?(?:know|notice|tell|recogni[sz]e|spot|realise|realize|find out|detect|work out)\b",
                    r"(?:can|could|does|do|would|might|will|is|are) (?!(?:i|im|ive|me|my)\b)(?:\w+ ){0,10}?(?:come|coming|be caused"
                    r"|caused|be due|due|be related|related|be linked|linked|stem|be a symptom|a symptom) (?:from|by|to|of) (?:the |your |a |an "
                    r"|some |one s )?(?:\w+ )?(?:back|spine|disc|disk|hernia|sciatica|nerves?)\b")
#: a lead-in naming the question general, passed over before a GENERAL_SUBJECT (session 37C; the colon after it is dropped by the
#: normaliser): "general question: ...", "out of curiosity how ...", "quick one, ..."
GENERAL_LEAD = (r"(?:a |one )?(?:general|quick|random|small|little|side|silly|daft|odd|curious|hypothetical) (?:question|q|one)"
                r"(?: for you| here| really)?",
                r"(?:just |purely |only )?(?:out of|for) (?:pure |sheer )?curiosity", r"(?:im )?just (?:curious|wondering)",)

# ---- session 37I: a fever denied only up to a past moment, so it began then ----
#: "no fever until yesterday", "till this morning i had no temperature": the fever started at that moment and is one now (the
#: engine's _denied_until; not "until now", "up to now", not "until i took the tablets")
FEVER_DENIED_UNTIL = (r"(?:unti[l]|till|til|up to|up unti[l]|up till) (?:yesterda[y]|last nigh[t]|this (?:mornin[g]|afternoo[n]|evenin[g])|overnigh[t]"
                      r"|the day befor[e] yesterda[y]|last (?:week|weeken[d])|(?:last )?(?:monda[y]|tuesda[y]|wednesda[y]"
                      r"|thursda[y]|frida[y]|saturda[y]|sunda[y])|(?:a|one|two|thre[e]|four|five|a few|a coupl[e] of|\d+) (?:days?|week[s]?) ago)",)

#: a sign asked about for a person in general, then claimed as the writer's own (session 37M; the engine's
#: _generic_owned): "how can somebody tell theyre losing feeling down there? i reckon i have that". In the sentence that
#: names such a person, and only when an owning follows (HEARSAY_MINE, GENERIC_MINE), the person's word and the pronouns
#: standing for them (GENERIC_PRONOUNS, PROXY_PRONOUNS) are read as the writer's. No relative: a named person keeps theirs.
GENERIC_PERSON = {"someone": "i", "somebody": "i", "a person": "i", "people": "i", "anyone": "i", "anybody": "i",
                  "someones": "my", "somebodys": "my", "a persons": "my", "peoples": "my"}
GENERIC_PRONOUNS = {"they": "i", "theyve": "ive", "theyre": "im", "theyd": "id", "their": "my", "them": "me",
                    "themselves": "myself", "themself": "myself", "theirs": "mine"}
#: an owning that only follows a sign asked about in general (beside HEARSAY_MINE): "i have the same", "ive got that too",
#: "thats exactly what i have"
GENERIC_MINE = (r"(?:i have|i ve got|ive got|i got|i have got) (?:exactly |just )?(?:the same(?: thing| problem)?|that too|that as well|this too"
                r"|it too|that exact thing)(?= ,| \.|$)",
                r"(?:thats|that is|this is|that s) (?:exactly|precisely|just) (?:me|my case|what i have|what ive got|what i ve got)")

# ---- session 38A: the saddle area told by how little feeling is left (bot/reading/redflags.py SADDLE_RULES) ----
#: a quantity of feeling that means (almost) none, or the area switched off, gone cold, felt faintly, or sitting as if floating
#: above the seat (near the area only): "barely any feeling between my legs", "hardly any sensation round my privates", "my
#: taint feels switched off", "my bum and crotch go kind of cold", "poked it, its super faint", "like im hovering over the chair"
#: (not a quantity of pain or stiffness: "barely any pain down there", "hardly any feeling of stiffness in my bum")
NUMB_SADDLE += (
    r"(?:barel[y]|hardl[y]|scarcel[y]|almost|next to|virtuall[y]|practicall[y]|pretty much) (?:any|no) (?:feelin[g]|sensatio[n]|feel)\b"
    r"(?! (?:of|from) (?:\w+ )?(?:stif\w*|pain\w*|ache\w*|achin[g]|tigh\w*|sore\w*|pressur[e]|discomfor[t]|hurt\w*))",
    r"(?:not much|very littl[e]|so littl[e]|only a littl[e]|hardly|barel[y]) (?:of )?(?:a )?(?:feelin[g]|sensatio[n])\b"
    r"(?! (?:of|from) (?:\w+ )?(?:stif\w*|pain\w*|ache\w*|achin[g]|tigh\w*|sore\w*|pressur[e]|discomfor[t]|hurt\w*))",
    _P34_NOT_HEAD + r"(?:gone|goes|go|goin[g]|went|feels?|felt|feelin[g]|is|are|its|has|have|been|got|gets|like|sort of|kind of|kind[a]|all"
    r"|completel[y]|totall[y]|just) (?:\w+ )?(?:switche[d]|shut) off\b(?! (?:the|a|an|my|it|that|this|her|his|their)\b)",
    r"(?<!\bi )(?<!\bwe )(?<!\bthey )(?<!\byou )go (?:all |really |a bit |sort of |kind of |kind[a] |very |totall[y] |completel[y] )?"
    r"(?:cold|numb|dead|tingl[y]|funny|weird)\b",
    r"(?:goes|goin[g]|gone|went|turns?|turne[d]|turnin[g]) (?:sort of|kind of|kind[a]) (?:cold|numb|dead|tingl[y]|funny|weird)\b",
    # felt faintly (a touch test told after it): "felt it really faintly", "its super faint", "only faintly feel it"
    r"(?<!\bi )(?<!\bim )(?:felt|feel|feels|feelin[g]) (?:it|that|them|anythin[g]|somethin[g]|the \w+|my \w+) (?:\w+ )?(?:fain[t]|faintl[y])\b",
    r"(?:its|it is|it was|thats|that is|that was|theyre|they are) (?:only |just |very |really |super |so |quite |pretty |extremel[y] |barel[y] )?"
    r"(?:fain[t]|faintl[y])\b(?! (?:\w+ )?(?:pain|ache|smel[l]|line|mark|scar|brais[e]|rash)\b)",
    r"(?:only|just|barel[y]) (?:\w+ )?faintl[y] (?:feel|felt|sense)\b",
    # sitting as if floating above the seat: "its like im floating a bit above the chair"
    r"(?:floa[t]|float[s]|floate[d]|floatin[g]|hove[r]|hover[s]|hovere[d]|hoverin[g]) (?:\w+ ){0,3}?(?:abov[e]|over|off|on top of) (?:the |my |a |this )?"
    r"(?:\w+ )?(?:seat|seat[s]|chai[r]|sofa|couc[h]|saddl[e]|stoo[l]|toile[t]|loo|cushio[n])\b",
)
#: ... a touch test, felt faintly (engine: TOUCHED ... FELT_NOTHING, across "and"): "prodded my taint with a nail and it was really faint"
FELT_NOTHING += (r"(?:its|it is|it was|it felt|felt|feels|thats|that was) (?:only |just |very |really |super |so |quite |pretty |extremel[y] |barel[y] )?"
                 r"(?:fain[t]|faintl[y])",
                 r"(?:barel[y]|hardl[y]|scarcel[y]|only faintl[y]) (?:\w+ )?(?:feel|felt|feels)")
# ---- session 38C (issue 12): a fall or a blow told without "fell" (TRAUMA_PATTERNS) ----
#: going down told first ("down i went like a sack of spuds", "and down we go"; not "down i went to the kitchen"), gone down
#: like a sack or a ton of bricks (not the idiom "went down like a lead balloon"), a drop told by its height or what it was
#: from ("dropped about six feet", "mi drop two metre", "dropped off the scaffold"; not "dropped two stone", "dropped off the
#: kids"), the Caribbean landing "lan" ("an lan flat pon mi back"), sent flying ("a cyclist sent me sprawling") and a charge
#: into the legs or the back ("a dog barrelled into the backs of my knees"; not "the pain ploughed into my back")
TRAUMA_PATTERNS += (
    r"\bdown (?:i|we) (?:wen[t]|g[o]|goe[s]|cam[e])\b(?! (?:to|for|into|inside|again|and (?:got|grabbe[d]|fetche[d]|made))\b)",
    r"\b(?:(?:i|we|and|then|n|an) (?:\w+ )?)?(?:wen[t]|g[o]|goe[s]) down (?:like a (?:sac[k]|sac[k] of \w+|ton of brick[s]|ston[e]|bag of \w+|felle[d] tre[e])"
    r"|in a hea[p])\b",
    r"\b(?:i|mi|me|we|and|an|then|n) (?:\w+ )?(?:dro[p]|droppe[d]) (?:(?:abou[t]|aroun[d]|unsure|nearl[y]|almos[t]|ove[r]|like|at leas[t]"
    r"|roughl[y]|some|a good|a full) )?(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|half a) (?:metr[e]s?|mete[r]s?|m|fee[t]|foo[t]|ft"
    r"|yard[s]?|store[y]|storie[s])\b",
    r"(?:^|\b(?:i|mi|me|we|and|an|then|n) (?:\w+ )?)(?:dro[p]|droppe[d]) (?:down )?(?:off|from|outt[a]|out of) (?:the|a|di|de|da|my|mi|our|dat|that) (?:\w+ )?"
    r"(?:ladde[r]|roo[f]|wal[l]|scaffol[d]|scaffoldin[g]|tre[e]|lof[t]|hors[e]|balcon[y]|veranda[h]?|ledg[e]|platfor[m]|gutterin[g])\b",
    r"(?<!\bif )(?<!\bscare[d] )(?<!\bafraid )(?<!\bfrai[d] )(?<!\bworrie[d] )(?<!\bin case )\b(?:mi|i|me|we|dem|an|and|n|den|then)"
    r" (?:(?:jus|just|den|then|did) )?la[n] (?:(?:hard|heav[y]|flat|smac[k]|right|bad|straigh[t]) )?(?:on|onto|pon) (?:my|me|mi|di|her|his|she|i)"
    r" (?:\w+ )?(?:back|backsid[e]|bum|butt|bottom|behin[d]|tailbon[e]|coccy[x]|arse|ass|spine|hip|batt[y]|bamba[m]|rump)\b",
    r"\b(?:sent|sen[d]|send[s]|knocke[d]|knock[s]) (?:me|us) (?:flyin[g]|sprawlin[g]|tumblin[g]|head over heel[s]|arse over \w+|ass over \w+)\b"
    r"(?! (?:to|into a|off to)\b)",
    r"(?<!pain )(?<!spasm )(?<!twinge )(?<!cramp )(?<!ache )\b(?:ploughe[d]|plowe[d]|slamme[d]|smashe[d]|barrelle[d]|barrele[d]|careere[d]|cannone[d]"
    r"|charge[d]|bowle[d]|crashe[d]) (?:righ[t] |straigh[t] |full |smac[k] |full pelt |headlon[g] |hard )?(?:into|in to) (?:the back[s]? of |the side of )?"
    r"(?:my|our) (?:\w+ )?(?:leg[s]?|knee[s]?|calve[s]|thigh[s]|back|side|hip[s]?|bike|bicycl[e])\b",
)
#: a foot that slipped, not asleep (bot/reading/redflags.py _slipped_then_fell): the slip words of BOTH_LEGS_NUMB_PATTERNS and
#: a fall told after them in the sentence ("di foot slip , mi drop two metre an lan flat")
SLIP_ASLEEP = (r"slip", r"slippin[g]")
FALL_AFTER_SLIP = (r"dro[p]\w*", r"fal[l]\w*", r"fel[l]", r"la[n]", r"lan[d]\w*", r"tumbl[e]\w*", r"went down", r"crash\w*", r"hit the (?:groun[d]|floo[r]|dec[k])")
# ---- session 38G: a near fall told, then asked whether it counts as a fall ----
#: the person's own fall denied (session 38G, read by _fall_told_denied when a general question about a fall follows): "didnt
#: fall", "never actually fell", "it wasnt a fall", "without falling" (not "didnt fall asleep")
FALL_DENIED = (r"(?:didnt|did not|never|havent|have not|hasnt|has not|wasnt|was not|not|no|without) (?:actually |really |even |quite |properly |fully "
               r"|ever |a )?(?:fall|fell|fallen|falling)(?: over| down| off)?\b(?! (?:asleep|in love|for|apart|behind|through|out)\b)",)
#: a question whether the thing told is a fall or an accident for the one asked (session 38G): "would you call that a fall?", "do
#: you count that as an accident?", "is that a fall for you?" (dropped only with the person's own told fine: _own_told_fine)
GENERAL_SUBJECT += (r"(?:would|do|does|will|did) (?:you|they|you guys|doctors|the \w+) (?:\w+ )?(?:call|count|class|classify|consider|see|treat)"
                    r" (?:that|this|it) (?:as )?(?:a |an )?(?:fall|accident|injury|trauma)\b",
                    r"(?:is|was|would) (?:that|this|it) (?:\w+ )?(?:be )?(?:a fall|an accident|a trauma|an injury) (?:for|to|in the eyes of|according to)"
                    r" (?:you|your \w+|the \w+|doctors)\b")
# ---- session 38F: a weakness sign's name asked about, the own walking told fine ----
#: a weakness sign's name (session 38F): asked about as a term ("what is foot drop exactly?", "foot drop, what does that even
#: mean"), it is taken out of the person's own reading, and the weakness dropped only with the own walking told fine
#: (bot/reading/redflags.py _weak_terms_asked); asked bare it stays read. Names only ("my foot drops" is told, no term)
WEAKNESS_TERMS = (r"(?:foot ?dro[p]|drop ?foo[t]|dropped foo[t])", r"steppag[e] gai[t]")
#: the own walking told fine, the heel and toe walk, no trips, the soles (session 38F; leg weakness only, a clause's end after
#: it): "i can walk on my heels and toes fine", "heels and toes no problem", "never trip", "my soles wear evenly"
_HEEL_TOE = r"(?:(?:my |the )?(?:heels|toes|tiptoes?|tip toes))"
WEAKNESS_DENIED += (rf"\b(?:i can |i )?(?:walk|stand|go) (?:up )?on {_HEEL_TOE}(?: (?:and|or|&) (?:on )?{_HEEL_TOE})?(?: (?:just |totally |perfectly )?"
                    r"(?:fine|ok|okay|normally|easily|no problem|without (?:any )?(?:problems?|trouble|bother|difficulty)))?(?= ,| \.| and|$)",
                    rf"\b(?:walking )?on {_HEEL_TOE} (?:and|or|&) {_HEEL_TOE}(?: (?:is|are|s))? (?:\w+ )?(?:fine|ok|okay|no problem|easy|normal)(?= ,| \.|$)",
                    rf"\b{_HEEL_TOE} (?:and|&) {_HEEL_TOE}(?: walking)? (?:(?:is|are|s) )?(?:all )?(?:fine|ok|okay|no problem|easy|normal)(?= ,| \.|$)",
                    r"\b(?:i|and|and i) (?:\w+ )?(?:never|dont|do not) (?:ever )?(?:trip|stumble|catch my (?:foot|feet|toes))(?: (?:on|over) (?:anything|thing[s]))?(?= ,| \.|$)",
                    r"\b(?:my )?(?:shoes?|soles?|shoe soles) (?:wear|wears|are wearing|wear down|wear out) (?:\w+ )?(?:evenly|even|normally|normal|fine|the same)\b",
                    r"\b(?:my )?walking (?:is|s|seems) (?:\w+ )?(?:fine|normal|ok|okay|perfect|good)(?= ,| \.|$)")
# ---- session 38H: a message typed for a relative, the relative's cauda-equina or nerve sign read as theirs ----
#: more ways of saying the message is typed for someone (session 38H): "posting this for my dad", "enquiring on behalf of my
#: mum", "reaching out for my husband", "a question for my dad: he ..." (at the start, or after a greeting)
PROXY += (r"(?:im |i am )?(?:postin[g]|enquirin[g]|inquirin[g]|reachin[g] out|gettin[g] in touch|sendin[g] this|contactin[g] you)"
          r" (?:this )?(?:for|on behalf of) (?:my |our |me )",
          r"(?:(?<=^)|(?<=hi )|(?<=hello )|(?<=hey ))(?:a |quick )?question (?:for|about|regarding|on behalf of) (?:my |our |me )")

# ---- session 38F2: a dropping foot told worse, one part of the heel and toe walk lost ----
#: a foot or the toes that drop, droop, sag, hang or flop, told with a worsening after it in the same sentence (session 38F2):
#: "my left foot drops a bit more every week", "my toes droop more and more"; not a place it drops over or into ("drops off
#: the edge of the bed", "hangs over the side"), not another's foot (the engine's relatives), not with no worsening told
_DROP_VERB = (r"(?:drop|drop[s]|droppe[d]|droppin[g]|dro[o]p|dro[o]ps|droopin[g]|droope[d]|sag|sags|saggin[g]|hang[s]|hangin[g]|flop\w*)"
              r"(?! (?:\w+ ){0,3}?(?:off|over|out of|from|onto|on to|into|in to|down the side)\b)")
_DROP_WORSE = (r"(?:more and more|(?:a (?:bit |littl[e] |tad )?)?more (?:ever[y]|each|by the) (?:day|week|mont[h])|wors[e] and wors[e]"
               r"|(?:gettin[g]|gets|got|is gettin[g]|becomin[g]|has got|keep[s] gettin[g]) (?:(?!(?:not|never|any)\b)\w+ )?wors[e]|wors[e] (?:ever[y]|each|by the) (?:day|week)"
               r"|worsenin[g]|increasingl[y])")
WORSENING_PATTERNS += (
    rf"\b(?:foot|feet|toes?)\b(?: (?!(?:and|but|i|not|neve[r]|dont|doesn[t]|no)\b)\w+){{0,3}}? {_DROP_VERB}(?: (?!(?:but|not|never|isnt|nt)\b)\S+){{0,6}}? {_DROP_WORSE}\b",
)
#: one part of the heel and toe walk told fine, the other lost (session 38F2): "i can walk on my heels fine but not on my toes
#: anymore", "standing on my toes is ok, but on my heels i cant any more"
_HT_PART = r"(?:(?:my |the )?(?:heel[s]?|toes|tip ?toes?))"
_HT_FINE = r"(?:fine|ok|okay|alrigh[t]|all righ[t]|no proble[m]|easil[y]|normall[y]|stil[l]|just fine)"
WORSENING_PATTERNS += (
    rf"\b(?:walk\w*|stan[d]\w*|get up|go up|up) on {_HT_PART}(?: \w+){{0,2}}? (?:is |are |s )?{_HT_FINE}(?: ,)? but (?:not|no longe[r]|neve[r]) "
    rf"(?:\w+ )?(?:on )?{_HT_PART}\b",
    rf"\b(?:walk\w*|stan[d]\w*|get up|go up|up) on {_HT_PART}(?: \w+){{0,2}}? (?:is |are |s )?{_HT_FINE}(?: ,)? but on {_HT_PART} "
    r"(?:i )?(?:cant|canno[t]|can not|can no longe[r]|couldn[t])\b",
)
# ---- session 38Y: fine ever since, after a past fever ----
#: well since, after a fever told in the past (session 38Y; bot/reading/redflags.py _GONE_NOW, a PAST_CUES word in the fever's
#: clause): "ive been fine since", "felt fine ever since", "been absolutely fine since then" (not "not been fine since")
FEVER_GONE_NOW += (r"(?<!not )(?<!never )(?<!havent )(?<!hasnt )(?:ive |i have |i ve |have )?(?:been|felt|feeling) (?:absolutely |perfectly "
                   r"|totally |completely |totally |just |really )?(?:fine|well|ok|okay|good|great|grand|normal) (?:ever )?since\b",)
# ---- session 38L: a fever counted as none ----
#: a zero told right before the fever word or as its reading after it (the engine's _zero_fever): "zero fever", "fever: zero",
#: "0 fever" is no fever ("zero fever until yesterday" still began then: _denied_until)
FEVER_ZERO = ("zero", "nil", "0", r"0point0+", r"zero point zero")

# ---- session 38Y2: a temperature come back; a past fever over after a while, or well now ----
#: a temperature told as back, up again, climbing again (session 38Y2; a fever now, even after an "over" told before it): "my
#: temperature went away but its back since yesterday", "my temp is up again", "the temperature has returned" (not "came back
#: normal", "is back to normal", "back down", "back at 36.8")
FEVER_PATTERNS += (r"\b(?:temp|temps|temperature|temprature|tempreture)(?: \w+){0,5}? (?:(?:but|and|then|now) )?(?:(?:it|its|it s|it is"
                   r"|it has|its been|it was|has|is|s|had|was) )?(?:\w+ )?(?:come back|came back|comin[g] back|back up|up again|returne[d]"
                   r"|back again|climbin[g] again|risin[g] again|rise[n] again|rose again|spike[d] again|creepin[g] up again)\b"
                   r"(?! (?:\w+ )?(?:normal|fine|ok|okay|negativ[e]|clear|good|down|low|lower|at 3[5-7]|to 3[5-7]|3[5-7]point\d+)\b)",
                   r"\b(?:temp|temperature|temprature|tempreture) (?:is|s|has been|was) back\b"
                   r"(?! (?:\w+ )?(?:normal|fine|ok|okay|down|low|lower|to|at|3[5-7])\b)")
#: a past fever over after the time it took, or well now (session 38Y2; bot/reading/redflags.py _GONE_NOW, only with a PAST_CUES
#: word in the fever's clause): "it cleared after a week", "gone in four days", "it was all over in four days", "lasted 5 days",
#: "fine now", "all good now" (not "not gone after a week", "has lasted 5 days so far"; a fever of the last day: FEVER_RECENT)
_Y2_SPAN = (r"(?:after|within|in|inside) (?:about |around |roughly |just |only |less than )?(?:a|an|one|two|three|four|five|six|seven"
            r"|eight|ten|a few|a couple of|a couple|\d+) (?:\w+ )?(?:days?|weeks?|nights?|fortnight)\b")
FEVER_GONE_NOW += (r"(?<!not )(?<!never )(?<!nt )(?<!hadnt )(?:(?:it|that|its|it s|thats|which|the fever|fever) )?(?:was |had |has |all |then )*"
                   r"(?:cleare[d]|clear|gone|passe[d]|over|done|finishe[d]|settle[d]|broke|wore off)(?: up| away| off| down)? " + _Y2_SPAN,
                   # ... "went" with "it" only ("my son had a fever that went after two days, now i have one too" is his)
                   r"(?<!not )(?:it|its|it s|the fever|fever) (?:all |then )?went(?: away| off| down)? " + _Y2_SPAN,
                   r"(?<!has )(?<!have )(?<!s )(?<!still )(?:it |that |which |and |only |just )?laste[d] (?:about |around |roughly |just |only )?"
                   r"(?:a|an|one|two|three|four|five|six|seven|a few|a couple of|\d+) (?:days?|weeks?|nights?)\b(?! (?:so far|now|already)\b)",
                   r"(?<!not )(?<!never )(?<!nt )(?:(?:im|i am|i m|all|feel|feeling|and|but|totally|completely|absolutely|perfectly) )*"
                   r"(?:fine|good|okay|ok|well|great|grand|better) (?:now|these days|nowadays)\b")

# ---- session 39A: an outside cold, heat or touch not felt, then a comma and the places it was not felt (SADDLE_RULES) ----
#: the not-feeling of something from outside, told whole (engine _SHARED_SADDLE, beside FELT_NOTHING): "didnt feel the cold",
#: "couldnt feel her touch", "never felt the wax strip"
NOT_FELT_OUTSIDE = (r"(?:didnt|did not|couldnt|could not|never|cant|cannot|dont|do not) (?:even |really |actuall[y] |once )?(?:feel|felt|notice[d]?)"
                    r" (?:the |any |that |a |her |his |their )?(?:\w+ )?(?:col[d]|chil[l]|hea[t]|warmt[h]|touc[h]|wa[x]|stri[p]|towe[l]|sea[t]|it|a thing"
                    r"|anythin[g])(?: (?:of|from|on) (?:the |that |a |my |this )?(?:\w+ )?(?:benc[h]|sea[t]|wal[l]|ste[p]|step[s]|ston[e]|chai[r]|stoo[l]|floo[r]"
                    r"|toile[t]|tile[s]|meta[l]|wa[x]|strip[s]|towe[l]|han[d]|hand[s]|wate[r]|showe[r]|ba[t]h))?",)
#: the words that may close that clause before the comma: "at all", "whatsoeve[r]"
NOT_FELT_TAIL = ("at all", "whatsoeve[r]", "there", "then", "eithe[r]", "of it", "at firs[t]")
#: the list of places after the comma: its small words and its words of place ("not on my bum and not between my legs", "not at
#: the front or round my back passage"); a word of place is needed ("i felt nothing, my bum is fine" is no list of places)
PLACES_FILL = ("not", "nor", "neithe[r]", "or", "and", "n", "no", "my", "me", "the", "even", "both", "eithe[r]", "fron[t]", "back", "bit", "bits")
PLACES_PREP = ("on", "at", "in", "roun[d]", "aroun[d]", "betwee[n]", "near", "agains[t]", "unde[r]", "underneat[h]", "by")
#: an area word that holds its own word of place (the normaliser's "between my legs")
PLACED_AREA = ("crotchzone",)
#: the area told fine after it
PLACE_FINE = ("fine", "ok", "okay", "norma[l]", "alrigh[t]")
# ---- session 39G: a carer's opening typed in two languages ----
#: the pieces of a carer's opening, read across the packs so a mixed opening is one (session 39G; bot/reading/redflags.py
#: _PROXY_MIXED): a writing verb of any pack (PROXY_VERB), a "for" of any pack (PROXY_FOR), an owner of any pack (PROXY_OWNER,
#: optional) and a relative (FAMILY): "im typing voor mijn vader", "ik schrijf for my dad"; or the message, a sentence or a
#: clause opening on "it is" of any pack (PROXY_IS) for the relative: "its pour mon mari" (not "not for my husband, for me": no
#: word between the verb and its "for")
PROXY_VERB = (r"(?:(?:im|i am|i m) )?(?:typin[g]|writin[g]|askin[g]|messagin[g]|textin[g])(?: this| it)?",)
PROXY_FOR = ("for", "on behalf of")
PROXY_OWNER = ("my", "our", "me")
PROXY_IS = ("its", "it is", "it s", "this is", "thisis")
# ---- session 39D: a relative's cancer told on someone's say-so; the own cancer denied in Pidgin ----
#: the frame of a message passed on at someone's asking (session 39D; bot/reading/redflags.py _third_party drops it, its teller
#: with it, from the clause it reads): "my wife told me to say that her dad had bowel cancer", "my daughter said i should tell
#: you my dad had ...", "i was asked to mention that ..." -- the "me" or "i" told to say it is no patient of the cancer told
#: after (the own told after it keeps it: "... to say i had a melanoma removed"; not before a bare "she", "he": "my mum asked
#: me to tell you she had breast cancer" may be typed for her, the flag stays)
TOLD_TO_SAY = (r"(?:told|tells|tell|asked|asks|wants|wanted|said|says|reminded|reminds|made|begged|insisted|advised)"
               r"(?: (?:me|i|that|to|should|must|have|had|need|needed|ought|better|id|make|sure|you|also|just|definitely|really|always))*"
               r" (?:say|mention|tell you|tell|add|note|flag|report|let you know|point out|write|put down|bring up)(?: that)?"
               r"(?!(?: \w+){0,3}? (?:she|he|they|shes|hes|theyve|theyre)\b)",)
#: the own cancer denied in Nigerian Pidgin, "never get" = never had (session 39D): "i never get cancer", "me i no get any cancer
#: before" is no history (read as "never had"; not "i never get check-ups": no cancer word; "cant get cancer out of my head": no "never")
#: "aunty" (Nigerian and Indian English, session 39D): "our aunty had lymphoma" is hers
FAMILY += (r"aunt[y]|auntie[s]",)
LATE_PHRASES += ((r"\b(never|neva|nevr|no|nor) (?:eve[r] )?(?:get|gets|gat|don get|done get)(?= (?:any |no |a |an |de |the )?"
                  r"(?:\w{0,20}canc[ae]r\w*|cancre|canser\w*|tumou?r\w*|leu[ck]a?emi\w*|lymphom\w*|melanom\w*|myelom\w*)\b)", r"\1 had"),)
# ---- session 39E: a fever over in dialect forms, with a normal reading; a question what counts as a fever ----
#: the fever itself told over in the words of Scots, Northern and everyday English (session 39E; bot/reading/redflags.py _OVER_NOW):
#: "the fever's away two weeks now", "that fever's long away", "the fever has long cleared", "fever's been and gone", "the fever's
#: done with weeks ago" (not "the fever is not away", "when the fever is away", a fever that came back)
FEVER_OVER += (r"(?<!when )(?<!if )(?<!until )(?:the |my |me |that )?(?:fever|temperature|temp) (?:is|has|s|was|had) (?:long |well |all |now "
               r"|finally |completely |totally |properly |been )*(?:away|cleared|clear|been and gone|done with|gone and done)"
               r"(?! (?:when|if|while|as long as|with)\b)(?!(?: \S+){0,15}? {RECURRED}\b)",)
#: "it" or "that" told over after a fever in the past (session 39E; _GONE_NOW, a past in the fever's clause): "had a fever in
#: november, it's long away", "thats been and gone", "it cleared up weeks back"
FEVER_GONE_NOW += (r"(?<!not )(?:it|that|its|thats|which)(?: is| has| s| was)? (?:long |well |all |now |finally |been )*(?:away|cleared(?: up)?"
                   r"|been and gone|done with)(?! (?:when|if|while|with)\b)",
                   # a normal reading now, around or at it: "i check daily and its around 36.7", "thermometer sits at 36.6",
                   # "hovering round 36.8" (not 37.5 and above)
                   r"(?:around|round|round about|roughly|about|at|sits at|sitting at|hovering around|hovering round|hovers around|reads"
                   r"|reading|steady at|stays at|stays around|just under|under) (?:a |an )?(?:normal )?(?:3[56]point\d+|37point[0-4]\d*)\b"
                   r"(?! ?(?:kg|kilos?|lbs?|pounds|stone|years|hours|euros?|pounds|cm|minutes|weeks)\b)")
#: a general question what counts as a fever (session 39E; bot/reading/redflags.py _told_in_general, dropped only with the person's
#: own normal reading or own fever denied: _fever_told_normal): "from how many degrees is it a fever?", "at what temperature do you
#: call it a fever?", "what counts as a fever exactly?", "how high does a temperature have to be to be a fever?" (not "at what
#: temperature do i have a fever": a subject of one's own in it)
GENERAL_SUBJECT += (r"(?:from|at|above|over|after) (?:how many|what|which) (?:degrees?|temperature|temp|reading|number|point)\b",
                    r"what (?:temperature|temp|reading|number) (?:is|counts as|do you call|makes|is classed as|is considered)\b",
                    r"what (?:exactly )?(?:counts|is classed|is counted|is considered|qualifies) as (?:a )?(?:fever|temperature|high temperature)\b",
                    r"when (?:is it|does it count as|do you call it|is a temperature|does a temperature count as) (?:\w+ ){0,2}?(?:fever|temperature)\b",
                    r"how high (?:does|do|should|must|has|would) (?:\w+ ){0,3}?(?:be|go|get)\b")
#: the fever denied after such a question (session 39E): "i have none", "i havent got one", "dont have one myself" (only read fine after a
#: question told in general: _own_told_fine)
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:(?:no|nope)(?: ,)? )?(?:i|i have|ive|i ve|me i) (?:have |got )?(?:none|not got one|havent got one"
                 r"|dont have one|do not have one|havent one)(?: myself| at all| thankfully| luckily)?(?= ,| \.|$)",)
# ---- session 39B: the bowel told as the stool coming without the urge being noticed ----
#: the urge to go not noticed with the bowel named ("i doesnt notice when i need a number two" is a carer's "she" put as the
#: patient's, bot/reading/redflags.py _as_patient), and the stool coming by itself into the underwear: "it just comes in my
#: pants", "it ends up in her knickers" (not a nappy or a potty: a child's; not "busy" nor a question: read as before)
BLADDER_PATTERNS += (
    r"\b(?:dont|doesnt|didnt|cant|cannot|couldnt|never|no longer|not|hardly|barely) (?:\w+ )?(?:notice|feel|sense|realise|realize"
    r"|know|tell)(?: it)?(?: (?:anymore|any more|now))?(?: (?:when|that|if|whether))? (?:i|im|id) (?:\w+ ){0,2}?(?:need|needs|needed|have to"
    r"|has to|had to|must|got to|[g]otta)(?: to)?(?: go)?(?: (?:for|to do|and do|do))? (?:a |the )?(?:poo|poop|number two|number 2|big job"
    r"|bowel [m]ovement|bowel [m]otion)\b",
    r"\b(?:has|have|had) no (?:idea|clue|[n]otion)(?: (?:that|when))? (?:i|im|id) (?:\w+ )?(?:need|needs|needed|have to|has to|had to"
    r"|must)(?: to)? (?:go|poo|poop|a poo|a number two)\b(?! (?:to (?!the (?:toilet|loo|bathroom|wc)\b)|and|back|out|home|on|in|up"
    r"|down|with|there|see|get)\b)",
    # (told as coming by itself: "just", "on its own"; not "the coffee spilled, it went in my pants", a pocket)
    r"\b(?:it|its|it s|the poo|the poop|the stool) (?:(?:just|simply|straight) (?:\w+ )?(?:comes?|came|coming|goes|going|went|ends? up"
    r"|ended up|[e]nding up|slips?|slipped|runs?|ran) (?:out )?|(?:comes?|came|coming|goes|going|went|ends? up|ended up|slips?|slipped"
    r"|runs?|ran) (?:out )?(?:by itself|on its own|all by itself|without (?:me|her|him) (?:noticing|feeling it|knowing)) )(?:in|into) "
    r"(?:my|me|the) (?:\w+ )?(?:pants|underwear|undies|knickers|boxers|briefs|trousers)\b(?! pockets?\b)",
)
# ---- session 39C (issue 12): a blow from a falling thing told without "fell" or "hit"; a fall inside "without ... or ..." ----
#: a heavy thing that dropped, toppled, collapsed or came down onto the person's back or body (TRAUMA_PATTERNS): "a crate
#: dropped off the racking onto my back", "a pallet topples on my back", "a stack of chairs collapsed on me", "a branch came
#: crashing down across my shoulders" (not the pain: "the pain dropped into my leg"; not "crashed on me" of a computer, not "gave
#: way on me" of a knee; "fell" is the house's own fall word)
_B39_BODY = (r"(?:my|our|his|her) (?:\w+ )?(?:bac[k]|shoulde[r]s?|spin[e]|nec[k]|hea[d]|hips?|sid[e]|bod[y]|rib[s]|ches[t]|bum|tailbon[e]|cocc[y]x"
             r"|shoulde[r] ?blade[s]?)")
_B39_DROP = (r"(?:droppe[d]|dro[p]s|toppl[e]d|toppl[e]s|topplin[g]|collaps[e]d|collaps[e]s|collapsin[g]|cave[d] in|crash[e]d down|crash[e]s down"
             r"|came crashin[g] down|came tumblin[g] down|came tumblin[g]|tumbl[e]d|tumbl[e]s|tumblin[g]|keel[e]d over|tipp[e]d over|slid down"
             r"|came down|comes down|toppl[e]d over)")
TRAUMA_PATTERNS += (
    r"(?<!pain )(?<!ache )(?<!ache[s] )(?<!spasm )(?<!twinge )(?<!cramp )(?<!cramp[s] )(?<!it )\b" + _B39_DROP
    + r"(?: (?!(?:but|nearl[y]|almost|misse[d]|missin[g]|just misse[d]|i|not|never)\b)[^\s.]+){0,6}? (?:on|onto|on to|on top of|across|down on|down onto) "
    + _B39_BODY + r"\b",
    r"(?<!pain )(?<!ache )(?<!spasm )(?<!twinge )(?<!cramp )\b(?:toppl[e]d|toppl[e]s|collaps[e]d|collaps[e]s|cave[d] in|crash[e]d down|came crashin[g] down"
    r"|came tumblin[g] down|tumbl[e]d down|droppe[d] down)(?: (?!(?:but|nearl[y]|almost|misse[d]|i)\b)[^\s.]+){0,6}? (?:on|onto|on to|on top of) (?:me|us)\b",
    # a blow taken across the back from a falling or heavy thing: "took a falling beam across my back", "caught a plank on the
    # shoulde[r]", "copped a crate on my back" (not "got a bag on my back": carrying)
    r"\b(?:too[k]|caugh[t]|coppe[d]|got hit with|got struck by|got whacked with) (?:a|an|the|one of the|this|that) (?:(?:fallin[g]|flyin[g]|heav[y]|big|huge"
    r"|massiv[e]|loose) )*(?:bea[m]|box|crat[e]|carto[n]|plan[k]|palle[t]|ladde[r]|shel[f]|til[e]|bric[k]|branc[h]|log|doo[r]|pip[e]|girde[r]|pole|boar[d]"
    r"|shee[t]|bal[e]|sack of \w+|rack|jois[t]|linte[l]|bloc[k])s? (?:\w+ ){0,3}?(?:across|on|onto|to|in) (?:my|the|his|her) (?:\w+ )?(?:bac[k]|shoulde[r]s?"
    r"|spin[e]|nec[k]|hea[d]|hips?|rib[s])\b",
    # the blow itself told hard: "the blow was so hard", "the impact was really hard" (not "the impact on my life was huge")
    r"\b(?:the|that|this) (?:blow|impac[t]|knoc[k]|thum[p]|whac[k]|wallo[p]) (?:was|were|is) (?:(?:really|so|very|pretty|quite|blood[y]|super|extremely|incredibly"
    r"|seriously) )?(?:hard|violen[t]|bruta[l]|heav[y]|savag[e])\b",
)
#: words that may stand between "without" (or the last "or" of its list) and a fall it denies (bot/reading/redflags.py
#: _without_denied, session 39C): "without me having fallen", "without lifting anything or having fallen over"
WITHOUT_GLUE = ("me", "my", "i", "having", "ever", "even", "actually", "really", "being", "a", "any", "had", "taking", "suffering")
# ---- session 39, the lead: "but now no fever" after a past one ----
#: "i had covid with a fever last year, but now nothing at all, no fever" read fever ("no fever now" was read, "now ... no
#: fever" was not; found with a French blind street patient's "mais là rien du tout, pas de fièvre")
FEVER_GONE_NOW += (r"(?:but|and) now (?:(?:nothing|nowt)(?: at all)? ,? )?(?:no|zero) (?:more )?fever\b",
                   r"but now (?:nothing|nowt)(?: at all)?(?= ,| \.|$)")


# ---- session 40E (issue 12): a sign questioned (why asked, what it means, why serious), the person's own denied ----
#: a question about a sign on a list or a form, opening its segment (bot/reading/redflags.py _told_in_general, session 40E): why
#: it is asked ("why does the form ask about night sweats", "why do you guys want to know about fever"), what it means or has to
#: do with the back ("what do they mean by trauma", "what has fever got to do with back pain"), why it would be serious ("why
#: would a temperature be dangerous with back pain"); the sign is then dropped only when the person's own is told fine after
SIGN_QUESTIONED = (r"why (?:do|does|did|would|are|is|should) (?:\w+ ){0,3}?(?:ask|asks|asking|wants to know|need to know"
                   r"|needs to know|care|cares|mention|mentions|list|lists|include|includes)(?: (?:about|for|after|on|if|whether))?",
                   r"why (?:would|is|are|could|might|should|can|does|do) (?:\w+ ){1,5}?(?:be |count as |mean )?(?:serious|dangerous|bad"
                   r"|worrying|alarming|important|relevant|urgent|an emergency|a red flag|a warning sign|an alarm sign|a danger sign|matter"
                   r"|matters|a concern)\b",
                   r"what (?:do|does|did) (?:you|they|the \w+|you guys|doctors|it) (?:\w+ )?mean (?:by|with)",
                   r"what (?:has|have|does|do|would) (?:\w+ ){1,4}?(?:got )?to do with",)
#: "neither" or "none" of the signs just named denied as one's own, a clause by itself: "neither is the case for me", "neither
#: applies to me", "none of those apply to me", "i have neither", "not the case for me"
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:(?:no|nope)(?: ,)? )?(?:neither|none)(?: (?:one|of (?:them|those|these|the two|both|that)))? (?:is|are"
                 r"|apply|applies|is true|are true|fits|fit|is relevant|are relevant)(?: (?:the case|true|relevant))? (?:for|to|with|in) me\b",
                 r"(?:^|(?<=\. )|(?<=, ))(?:(?:no|nope)(?: ,)? )?(?:i|ive|i ve|i have) (?:got |had )?neither(?: of (?:them|those|these|the two))?"
                 r"(?= ,| \.|$)",
                 r"(?:^|(?<=\. )|(?<=, ))(?:(?:but|and) )?(?:(?:that|this|it|those|these) (?:is not|isnt|are not|arent|was not|wasnt)|not)"
                 r" the case (?:for|with) me\b",)
# ---- session 40A, issue 12: night pain told as every place tried to lie, listed bare, wherever one lies it goes on ----
#: the places to lie listed bare, a list's item (after a comma, "or", "and", or opening the clause; bot/reading/redflags.py
#: _SHARED_NIGHT): "bed, couch, the floor, it keeps throbbing"; kneeling over or on something, a heap of pillows
NIGHT_POSITION += (r"(?:^|(?<=, )|(?<=\bor )|(?<=\band ))(?:bed|sofa|couc[h]|sette[e]|recline[r]|armchai[r]|floo[r]|futo[n]|lazy ?boy)\b",
                   r"kneelin[g](?: (?:over|on|against) (?:\w+ ){0,4}?(?:pillow[s]|cushion[s]|bed|floo[r]|sofa|couc[h]|chai[r]))?",
                   r"(?:with |on |over )?(?:a |the |my )?(?:hea[p]|pil[e]|stac[k]|moun[d]) of (?:pillow[s]|cushion[s])")
#: ... and the pain going on all the same: "it throbs on regardless", "the ache carries on anyway", "it keeps (on) throbbing"
NO_RELIEF += (r"(?:it|the pain|pain|the ache|that|my back) (?:just |still )?(?:thro[b]s|ache[s]|hurt[s]|poun[d]s|grin[d]s|nags|carrie[s]|keeps"
              r"|goes|keeps goin[g]|keeps on \w+) (?:on )?(?:regardles[s]|anywa[y]|all the same|just the same)\b",
              r"(?:it|the pain|pain|the ache|my back) (?:just |still )?(?:thro[b]s|poun[d]s|grin[d]s|nags) on\b",
              r"(?:it|the pain|pain|the ache|my back) (?:just |still )?keeps? (?:on )?(?:throbbin[g]|achin[g]|hurtin[g]|poundin[g]|burnin[g]|goin[g]"
              r"|naggin[g]|grindin[g])\b")
#: ... or wherever one lies, it goes on: "at night it doesnt matter where i lie, it hurts regardless", "wherever i lay myself down it keeps
#: pounding" (the lying named: not "wherever i sit at work", "doesnt matter where i sit")
_WHEREVER_40A = (r"(?:(?:doesnt|does not|dont|no) matte[r] where|nomatte[r] where|whereve[r]) (?:i|you) (?:\w+ )?(?:lie|lay|sleep|put myself"
                 r"|position myself|settl[e]|get myself|lay myself|curl up)\b")
NIGHT_PATTERNS += (r"\b" + _WHEREVER_40A + r"(?: \S+){0,12}? {NO_RELIEF}\b",)
NIGHT_STRONG += (_WHEREVER_40A,)
# ---- session 40F (issue 12): a touch at the bum not felt, told by what a partner or carer does there ----
#: the spots a carer treats at the back passage (engine _SHARED_SADDLE, beside AREA): piles, a suppository or an enema put
#: in ("not piles of washing")
CARE_SPOT = (r"piles(?! of\b)", r"(?:haemorrhoi[d]|hemorrhoi[d]|haemorrhoid[s]|hemorrhoid[s])", r"(?:suppositor[y]|suppositorie[s])", "enem[a]")
#: a thing put in the back passage, its own place ("he put a suppository in and i didnt feel it")
CARE_PUT_IN = (r"(?:suppositor[y]|suppositorie[s])", "enem[a]")
#: what touches there: "her finger", "the cream", "the cloth"
CARE_THING = (r"finge[r]|finge[r][s]", r"crea[m]|crea[m]s|ointmen[t]|salv[e]|gel|lotio[n]", r"(?:suppositor[y]|suppositorie[s])",
              r"cloth|flanne[l]|washclot[h]|spong[e]|wipe[s]|glov[e]|glov[e][s]|applicato[r]|enem[a]")
#: that touch not felt, the thing named: "i didnt feel her finger", "never felt the cream", "couldnt feel the cloth" (not "didnt
#: feel the cream work", "didnt feel like", "any relief")
NOT_FELT_CARE = (r"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?:didnt|did not|couldnt|could not|never|cant|cannot|dont|do not|wouldnt|barel[y]|hardl[y])"
                 r" (?:even |really |actuall[y] |once |properl[y] |at all )?(?:feel|felt|notice[d]?) (?:her |his |their |the |that |a |an |my |its )?"
                 r"(?:\w+ )?(?:finge[r]|finge[r][s]|hand|hand[s]|touc[h]|crea[m]|ointmen[t]|salv[e]|gel|lotio[n]|suppositor[y]|suppositorie[s]|cloth|flanne[l]"
                 r"|washclot[h]|spong[e]|wipe[s]|glov[e]|glov[e][s]|applicato[r]|enem[a])\b"
                 r"(?! (?:\w+ )?(?:wor[k]|work[s]|workin[g]|worke[d]|hel[p]|help[s]|helpin[g]|helpe[d]|do|doin[g]|did)\b)",)
#: ... or "it", "a thing", nothing, or "as if it wasnt there" (a thing put there named in the sentence)
NOT_FELT_IT = (r"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?:didnt|did not|couldnt|could not|never|cant|cannot|dont|do not|wouldnt) (?:even |really "
               r"|actuall[y] |once |properl[y] )?(?:feel|felt|notice[d]?) (?:it|them|her|him|a thing|anythin[g])(?: (?:at all|go in|going in|goin[g] in"
               r"|whatsoeve[r]|there|touc[h] me|touc[h]in[g] me|either))?(?= ,| \.|$| (?:and|but|n|as|like|when|while|even|so|though)\b)",
               r"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?:felt|feel) (?:absolutel[y] |totall[y] |just |literall[y] )?(?:nothing|nowt|zero)(?! (?:from|of|with|different|bette[r]|change[d]?)\b)",
               r"(?:as if|as though|like) (?:it|she|her finge[r]|her hand|the \w+) (?:wasnt|was not|werent|were not|isnt|is not) (?:even |really )?there\b")
#: the touch felt not at the bum but on a limb or the back after it: "i didnt feel her finger on my hand"
CARE_ELSEWHERE = (r"(?:\w+ ){0,2}?(?:on|in|at|to|against) (?:my |the |his |her |your )?(?:\w+ )?(?:hand|hand[s]|arm|arms|foot|feet|toe|toes|leg|legs|knee"
                  r"|knees|back(?! passag[e])|neck|shoulde[r]|shoulder[s]|face|finge[r]|finge[r][s]|ankle|ankle[s]|wris[t])\b",)
#: the owner before a relative who did not feel the touch (engine _care_felt_by_other): "my wife didnt feel my finger"
CARE_OWNER = ("my", "our", "the", "his", "her")
# ---- session 40C (issue 12): a blow told as being hit, pushed or crushed by a player or an animal (TRAUMA_PATTERNS) ----
#: who struck: a player or a big animal ("got clobbered by their winger", "one of their forwards steamrolled me"); not the
#: team ("we got hammered by their side": the score), not the pain, the flu or the news
_C40_AGENT = (r"(?:player[s]?|opponen[t]s?|defende[r]s?|tackle[r]s?|forwar[d]s?|winge[r]s?|centr[e]s?|cente[r]s?|pro[p]s?|hooke[r]|flanke[r]s?"
              r"|number \d+|no \d+|numbe[r] (?:eigh[t]|seve[n]|six|ten|nin[e])|keepe[r]|goali[e]|goalkeepe[r]|strike[r]|fullbac[k]|full bac[k]|linebacke[r]"
              r"|back rowe[r]|lad|lads|guy|guys|blok[e]|man|fell[a]|unit|someon[e]|somebod[y]|brut[e]|ox|" + _BEAST[3:-1] + r")")
#: the blow words (passive with "by" and an agent, or active with the agent before and "me" after)
_C40_BLOW = (r"(?:smashe[d]|flattene[d]|clattere[d]|clobbere[d]|steamrolle[d]|bulldoze[d]|hammere[d]|poleaxe[d]|decke[d]|floore[d]|levelle[d]"
             r"|levele[d]|blindside[d]|barge[d]|ramme[d]|shoulde[r] charge[d]|body ?checke[d]|speare[d]|upende[d]|dumpe[d]|crushe[d]|trample[d]"
             r"|headbutte[d]|butte[d]|gore[d]|charge[d]|bowle[d] over|mowe[d] down|slamme[d]|whacke[d]|wallope[d]|walloppe[d]|belte[d]|clippe[d]"
             r"|creame[d]|squashe[d]|t ?bone[d]|lit up|take[n] out|cleane[d] out|cleane[d] up|wipe[d] out|brough[t] down|dragge[d] down|sandwiche[d]"
             r"|hit|struc[k]|kicke[d]|knocke[d] (?:over|down|flyin[g]|sideway[s]|backward[s]))")
_C40_NOT_AGENT = r"(?! by (?:\w+ ){0,3}?(?:pain|wave|cramp|spasm|twinge|flu|cold|covi[d]|viru[s]|bug|work|exam[s]|news|heat|fatigue|stres[s]|life|bill[s])\b)"
TRAUMA_PATTERNS += (
    # struck by a player or an animal: "got clobbered by their winger", "smashed from the side by a lad twice my size", "charged by
    # a bull" (not "taken out by a lad for dinner")
    r"(?<!\bnearl[y] )(?<!\balmos[t] )(?<!\bteam )(?<!\bteam got )(?<!\bteam was )(?<!\bteam were )(?<!\bwe )(?<!\bwe got )(?<!\bwe were )(?<!\bside got )\b" + _C40_BLOW + r"(?: (?!(?:but|and|by)\b)\w+){0,3}? by (?:\w+ ){0,4}?" + _C40_AGENT + r"\b"
    r"(?!(?: \w+){0,4}? (?:for|to) (?:dinner|lunc[h]|breakfas[t]|a meal|a drink|drink[s]|a pint|the pub|the cinem[a]|coffee|tea)\b)",
    # the player or the animal told as striking "me": "their flanker clattered into me", "one of their forwards steamrolled me",
    # "the bull flattened me" (the agent a noun, not "he": "he hammered me at tennis")
    r"\b(?:the|a|an|their|his|her|my|our|one of (?:the|their|our|them)|some|this|that|these|two|three) (?:\w+ ){0,2}?" + _C40_AGENT
    + r" (?:\w+ )?(?:smashe[d]|flattene[d]|clattere[d]|clobbere[d]|steamrolle[d]|bulldoze[d]|poleaxe[d]|decke[d]|floore[d]|levelle[d]|blindside[d]"
    r"|barge[d]|ramme[d]|shoulde[r] charge[d]|body ?checke[d]|speare[d]|upende[d]|dumpe[d]|crushe[d]|trample[d]|headbutte[d]|butte[d]|gore[d]"
    r"|charge[d]|bowle[d]|mowe[d]|slamme[d]|whacke[d]|wallope[d]|belte[d]|creame[d]|squashe[d]|ploughe[d]|plowe[d]|pile[d]|crashe[d]|ra[n]|lit"
    r"|hi[t]|kicke[d]|tackle[d]) (?:(?:righ[t]|straigh[t]|full|hard|smac[k]|hea[d] on) )?(?:into |in to |through |over |up )?me\b"
    r"(?! (?:at|in) (?:ches[s]|card[s]|tenni[s]|dart[s]|pool|snooke[r]|golf|the quiz|the game|the race|the final|a race)\b)",
    # got body checked, speared, blindsided, steamrolled or sandwiched, told without "by": "got body checked into the boards at
    # hockey", "was blindsided in the second half" (not "got smashed" or "got hammered": drunk; not "got wiped out": tired)
    r"\b(?:got|get|gets|gettin[g]|was|were|been|bein[g]) (?:\w+ )?(?:body ?checke[d]|cros[s] ?checke[d]|boarde[d] into|speare[d]|poleaxe[d]|blindside[d]"
    r"|steamrolle[d]|bulldoze[d]|clattere[d]|shoulde[r] charge[d]|bowle[d] over|mowe[d] down|upende[d]|trample[d]|gore[d]|headbutte[d]|flattene[d])\b"
    + _C40_NOT_AGENT,
    r"\b(?:got|get|gets|gettin[g]|was|were|been|bein[g]) (?:\w+ )?sandwiche[d] (?:\w+ )?(?:between|by) (?:two|three|a coupl[e] of|a pair of|some|their) (?:\w+ )?"
    r"(?:player[s]|lad[s]|guy[s]|bloke[s]|forward[s]|defender[s]|opponent[s]|tackler[s]|prop[s])\b",
    # pushed, shoved or barged against a hard thing: "a horse pushed me against the stable door", "the heifer barged me into the
    # bars of the crush", "their prop drove me into the ground" (a person's push only "against": not "she pushed me into the car")
    r"\b(?:pushe[d]|shove[d]|barge[d]|force[d]|backe[d]|leane[d]|lean[t]|shouldere[d]|butte[d]|knocke[d]|bange[d]|smashe[d]) (?:me|us) (?:\w+ ){0,2}?"
    r"(?:up )?against " + _HARD_SURFACE + r"\b",
    r"\b" + _BEAST + r"\b(?: \w+){0,4}? (?:pushe[d]|shove[d]|barge[d]|force[d]|backe[d]|leane[d]|lean[t]|butte[d]|knocke[d]|swun[g]|kicke[d]|smashe[d]"
    r"|bange[d]|slamme[d]|squeeze[d]|throw[n]|threw|flun[g]) (?:me|us) (?:\w+ ){0,2}?(?:(?:up )?against|into|onto|between|under|to) " + _HARD_SURFACE + r"\b",
    r"\b(?:barge[d]|shouldere[d]|drov[e]|drive[n]|speare[d]|plante[d]|slamme[d]|smashe[d]|dumpe[d]|body ?checke[d]|checke[d]) (?:me|us) (?:\w+ ){0,2}?"
    r"(?:into|onto) (?:the|a) (?:\w+ )?(?:groun[d]|tur[f]|dec[k]|floo[r]|board[s]|boarding[s]|barrie[r]|hoardin[g]s?|pos[t]|wal[l]|fenc[e]|gat[e])\b"
    r"(?! (?:with|about) (?:work|worr[y]|stres[s]|naggin[g])\b)",
)
# ---- session 40G: the writer naming themself the patient's relative or carer (bot/reading/redflags.py _as_patient) ----
#: at the message's opening (after a greeting): "i'm his daughter in law", "im her carer", "i am the son of mrs jacobs",
#: "im mr evans granddaughter" -- after it "he", "his", "she", "her" are the patient's, as after "writing for my dad" (not a
#: relative of nobody titled: "i'm the mother of two")
_ROLE_40G = (r"(?:(?:step|grand|great grand) ?)?(?:daughte[r]|son|niec[e]|nephe[w]|wif[e]|husban[d]|partne[r]|fianc[e]e?)(?: in law)?"
             r"|(?:care[r]|caregive[r]|care give[r]|nurs[e]|home help)")
_TITLE_40G = r"(?:mr|mrs|ms|miss|mister|madam|dr)(?: \.)?"
PROXY_ROLE = (rf"(?:i am|im|i m) (?:his|her) (?:{_ROLE_40G})\b",
              rf"(?:i am|im|i m) (?:the|a) (?:{_ROLE_40G}) (?:of|to|for) {_TITLE_40G} ",
              rf"(?:i am|im|i m) {_TITLE_40G} \w+ (?:is |s )?(?:{_ROLE_40G})\b")
# ---- session 40L: the relative introduced with an age at the opening, their signs told of "he", "she" after it ----
#: the message opens (after a greeting) on a relative and their age, "my dad is 79 .", "my father in law , 79 ,", "my mum (81)",
#: and tells "he", "she", "his", "her" within the next words (bot/reading/redflags.py _as_patient): the relative is the patient
#: and their pronouns read as the patient's, as after "writing for my dad" -- not when the writer tells a complaint of their
#: own after it ("my mum is 80 and her legs are weak, my back hurts from lifting her": the writer is the patient)
_KIN_40L = (r"(?:(?:step ?|grand |great )?(?:mothe[r]|fathe[r])|mum|mom|mam|mam[a]|mumm[y]|momm[y]|nan|nan[a]|nann[a]|gran|grann[y]"
            r"|grandm[a]|dad|dadd[y]|pap[a]|granda[d]|grandp[a]|stepda[d]|stepmu[m]|husban[d]|wif[e]|partne[r]|hubb[y]|missu[s]"
            r"|brothe[r]|siste[r]|uncl[e]|aunt|aunti[e]|son|daughte[r])(?: in law)?")
_MINE_40L = r"(?:i|im|ive|id|i m|i ve|i am|me|my|min[e]|mysel[f])"
_SIGN_40L = (r"(?:own |whol[e] |poo[r] |lowe[r] |low )?(?:back|bac[k] ?pai[n]|backach[e]|spin[e]|legs?|feet|foot|bum|botto[m]|backsid[e]|pain"
             r"|hurt[s]?|hurtin[g]|ache[s]?|achin[g]|numb|tingl\w*|feve[r]|temperatur[e]|cance[r]|pee|wee|wet|bladde[r]|bowel[s]?|weak)\b")
PROXY_INTRO = (rf"(?:my|our|me) (?:{_KIN_40L})(?: ,)?(?: (?:is|s|aged?|age))? \d{{1,3}}(?: ?(?:year[s]?|yr[s]?|yo|y o))?(?: old)?(?: [,.]| and)? "
               rf"(?=(?:\S+ ){{0,6}}?(?:he|she|his|her|hes|shes)\b|(?:(?!\. )\S+ ){{7,12}}?(?:he|she|his|her|hes|shes)\b)"
               rf"(?!.*\b{_MINE_40L} (?:(?!(?:he|she|his|her|hes|shes|him)\b)\w+ ){{0,4}}?{_SIGN_40L})",)
#: the writer's household ("we had to change him"): a carer's word, no writer telling their own signs
#: (session 40L; bot/reading/redflags.py _typed_for_him: a message opening on "he" with only these is typed for him)
WRITER_HOUSEHOLD = ("we", "us", "weve")  # not "our": "our dog ... when he needs a poo" is the dog
# ---- session 40D (issue 12): a fall told as landing on an edge, a rim or a frame (TRAUMA_PATTERNS) ----
#: what the back came down on: "slipped getting out of the tub and landed on the rim with my lower back", "dropped back
#: onto the rim of the bath", "landed full weight on the trampoline's frame", "came down hard on the bath edge" (not "the
#: ball landed on the rim", "my phone fell on the edge of the bath": told by the person, or the back named after it; not
#: "fell asleep on the edge of the bed", "on the edge of tears")
FALL_EDGE = (r"(?:edg[e]|edge[s]|rim|rims|fram[e]|frame[s]|kerb|curb|ledg[e]|lip|corne[r]|step|step[s]|stai[r]|stair[s]|bar|rail"
             r"|sid[e] of (?:the |a |my |our |his |her )?(?:\w+ )?(?:bath|tub|bathtu[b]|poo[l]|jacuzz[i]|show[e]r|tra[y]))\b"
             r"(?! of (?:my |a |the )?(?:sea[t]|tear[s]|reaso[n]|breakdow[n]|burnou[t]|burn ou[t]|despai[r]|collaps[e]|sanit[y]|the abys[s]))")
_EDGE_LANDING = (r"(?:landed|land|land[s]|landin[g]|fell|falle[n]|fallin[g]|dropped|drop|droppin[g]|crashed|slammed|topple[d]|tumbled"
                 r"|(?:came|come|comin[g]|went|gone|goin[g]|slammed|crashed|dropped|thumped) down)"
                 r"(?: (?:back|backward[s]|backwar[d]|down|hard|heavil[y]|full|right|smac[k]|smac[k] ban[g]|squar[e]|straigh[t]|flat|awkwardl[y]"
                 r"|badl[y]|bang|slap|again|full weigh[t]|with (?:all )?(?:my |me |her |his |the )?(?:full |whole |entir[e] )?(?:weigh[t]|forc[e])"
                 r"|(?:my|her|his) (?:full |whole )?weigh[t]))*"
                 r" (?:on|onto|against|across|into|on to) (?:the |a |an |its |my |our |that |this |some |his |her |their |his |me )?"
                 r"(?:\w+ ){0,2}?" + FALL_EDGE
                 # (not going down on a step on purpose: "went down on the step to tie my shoe", "dropped down onto the step to sit")
                 + r"(?!(?: \w+){0,5}? to (?:sit|rest|tie|knee[l]|pray|stretc[h]|wait|lie|catch|take|have|put|pick|clea[n]|wash|look|get|do)\b)")
TRAUMA_PATTERNS += (
    # told by the person: "i landed on the rim", "and dropped back onto the edge", "came down hard on the bath edge" at the start
    r"(?:^|\b(?:i|we|he|she|they|then|and|n|so|just|but|ive|im|had|have|has|was|were|got|me|until|till|before|when|suddenly)"
    r" (?:(?:just|then|basically|literall[y]|totally|proper|properly|also|somehow|kind of|sort of) )?)" + _EDGE_LANDING,
    # ... or with the back named after it: "... landed on the steel frame with my back", "lower back first"
    _EDGE_LANDING + r"(?: \S+){0,6}? (?:(?:with|on) (?:my|me|her|his) (?:lower |low |middl[e] |mid )?(?:back|spine|tailbon[e]|coccy[x]|bum|butt"
    r"|backsid[e]|arse|ass|botto[m]|hip)|(?:lower |low )?(?:back|spine|tailbon[e]|bum|butt|arse) firs[t])\b",
)
# ---- session 41A (issue 12): a blow in a contact sport or a fight, told another way (TRAUMA_PATTERNS) ----
#: the game, the session or the fight the blow was taken in ("took a big hit in training", "in the derby")
_SPORT_41A = (r"(?:matc[h]|game|game[s]|trainin[g]|practi[c]e|practis[e]|sessio[n]|ruck|ruck[s]|scru[m]|mau[l]|tackl[e]|derb[y]|fina[l]|semi[s]?|cup|figh[t]|scra[p]"
              r"|braw[l]|sparrin[g]|bout|rugb[y]|footbal[l]|foot[y]|socce[r]|hocke[y]|netbal[l]|basketbal[l]|lacross[e]|kabadd[i]|judo|karat[e]"
              r"|jiu jits[u]|bjj|mma|boxin[g]|wrestlin[g]|five a sid[e]|5 a sid[e]|secon[d] hal[f]|firs[t] hal[f]|pile up|line ?ou[t])")
#: the blow taken ("a hit", "a knock", "a knee") -- not "a shot" (an injection), not "a knock on" (an effect)
_TAKEN_41A = (r"(?:hit|knoc[k](?! on)|ban[g]|smac[k]|whac[k]|blow|knee|elbo[w]|boot|kick|shoulde[r]|punc[h]|thum[p]|clou[t]|smas[h])"
              r"(?! (?:op|operatio[n]|replacemen[t]|surger[y]|injur[y]|brac[e]|suppor[t]|proble[m]|pain|issu[e]|scan|jab|injectio[n]))")
_BACK_41A = (r"(?:lower |low |middl[e] |mid |uppe[r] )?(?:back|spine|side|rib[s]|ribcag[e]|kidne[y]s?|tailbon[e]|coccy[x]|hip|pelvi[s]|bum|backsid[e])")
TRAUMA_PATTERNS += (
    # the blow with the game between it and the back: "took a hit in the game to my back", "took a big hit in training on my
    # lower back" (not "took a hit financially": no back, no game)
    r"\b(?:took|take|takin[g]|take[n]|got|had|coppe[d]|cop|receive[d]) (?:a|an|one) (?:\w+ ){0,2}?" + _TAKEN_41A + r" (?:\S+ ){0,5}?(?:to|on|in|into|across"
    r"|against) (?:my|me|the) " + _BACK_41A + r"\b",
    # ... or in the game, the back told after: "took a heavy hit in the derby, back's been sore since"
    r"\b(?:took|take|takin[g]|take[n]|coppe[d]|cop) (?:a|an|one) (?:\w+ ){0,2}?(?:hit|knoc[k](?! on)|ban[g]|smac[k]|whac[k]|blow) (?:in|during|at|playin[g])"
    r" (?:the |a |an |our |their |my |that |this |last )?(?:\w+ ){0,2}?" + _SPORT_41A + r"\b",
    # a player or a person who ran or went straight through the person: "the prop went straight through me in the ruck", "she ran
    # straight through me" (not "the pain went straight through me", "he looked right through me", "went through me for ...")
    r"\b(?:he|she|they|hes|shes|someon[e]|somebod[y]|one of (?:them|their (?:\w+ )?\w+)|(?:the|a|an|their|this|that|some|his|her|our) (?:\w+ ){0,2}?"
    + _C40_AGENT + r")(?: (?:just|then|literall[y]|basicall[y]|had|has|have|had just))? (?:ran|run|runs|went|goes|gone|came|charge[d]|barrelle[d]"
    r"|ploughe[d]|plowe[d]|bulldoze[d]|steamrolle[d]|crashe[d]|smashe[d]|burs[t]|bowle[d]|steame[d]) (?:(?:righ[t]|straigh[t]|clea[n]|full|smac[k]|bang|dead)"
    r" through (?:me|us)\b(?! (?:for|about|over|like a)\b)|through (?:me|us)\b(?! (?:for|about|over|like a|the|a|an|what|how|why|his|her|their|some|all"
    r"|everythin[g]|it|them|this|that|my|your)\b))",
    # a pile of players landing on the person: "two of them landed on me in the pile up", "half their pack fell on top of me"
    r"\b(?:they|them|both of them|everyon[e]|everybod[y]|half (?:the|their|our) (?:team|pac[k]|side|forward[s])|the (?:whole )?(?:pac[k]|scru[m]|ruc[k]|mau[l]|pil[e])"
    r"|(?:two|three|four|five|six|several|a few|a coupl[e]|a pile|a load|a bunc[h]|a heap) (?:of )?(?:them|player[s]|lad[s]|guy[s]|bloke[s]|forward[s]|bodie[s]"
    r"|peopl[e]|opponent[s]|defender[s]))(?: \w+){0,2}? (?:lande[d]|pile[d]|fell|falle[n]|came down|collapse[d]|droppe[d]) (?:\w+ )?on (?:top of )?"
    r"(?:me|us|my back)\b",
    # a late or reckless challenge that caught the person: "a late challenge caught me in the back", "got caught with a late tackle"
    r"\b(?:(?:late|high|dangerou[s]|reckles[s]|dirt[y]|nast[y]|two foote[d]|two foote[d]|chea[p]|mistime[d]|crunchin[g]|bone crunchin[g])"
    r" (?:challeng[e]|tackl[e]|hit|shoulde[r] charg[e])|(?:heav[y]|big|hard) (?:tackl[e]|hit|shoulde[r] charg[e])) (?:\w+ ){0,3}?(?:caugh[t]|clippe[d]"
    r"|smashe[d]|flattene[d]|floore[d]|hit|(?:got|took) (?:me|us) (?:\w+ )?(?:in|on) (?:the|my) " + _BACK_41A + r"|took (?:me|us) ou[t])(?: (?:me|us))?\b",
    r"\b(?:got|get|gets|was|been|were) (?:\w+ )?(?:caugh[t]|clippe[d]|hit|done|flattene[d]|floore[d]) (?:\w+ ){0,3}?(?:with|by) (?:a|an|one|this|that|his|their)"
    r" (?:\w+ ){0,2}?(?:challeng[e]|tackl[e]|shoulde[r] charg[e])\b",
    # kneed, booted or elbowed in the back: "i got kneed in my back at five a side", "kneed in the back at judo", "he booted me in
    # the back" (not "booted out of the club", "elbowed out of the way")
    r"(?<!\bwasnt )(?<!\bnever )(?<!\bnot )\bknee[d] (?:(?:me|us) )?(?:\w+ )?(?:in|into|on|to) (?:my|me|the) " + _BACK_41A + r"\b",
    r"\b(?:got|get|gets|was|been|were|bein[g]|gettin[g]) (?:\w+ )?knee[d]\b",
    r"\b(?:boote[d]|foote[d]|elbowe[d]|stam[p][e][d] on|stompe[d] on|headbutte[d]) (?:(?:me|us) )?(?:\w+ )?(?:in|into|on|to) (?:my|me|the) "
    + _BACK_41A + r"\b",
)
# ---- session 41D (issue 12): loss of bowel control told as a story; saddle numbness found by a pin ----
#: what came out, told of "it" (engine _SHARED_BLADDER, with NOT_FELT_COMING or COULDNT_HOLD in the sentence): "it came out while
#: i was lifting", "it all came out", "it slipped out" (not "it came out of nowhere", "out of the blue")
CAME_OUT = (r"(?:it|its|it all|all of it|everythin[g]) (?:just |all |simpl[y] |suddenl[y] |then |kind[a] |sort of )?(?:came|come|comes|slipped"
            r"|slips|poure[d]|ran|leaked|leaks|shot|squirte[d]|seepe[d]) out(?! of (?:nowher[e]|the blue|my mouth|the blu[e]))",)
#: not having felt it coming: "didnt even feel it coming", "never felt it happening", "before i felt it"
NOT_FELT_COMING = (r"(?:didnt|did not|never|couldnt|could not|cant|dont|wasnt able to) (?:\w+ ){0,2}?(?:feel|felt|notice|noticed|sense|sense[d])"
                   r" (?:it|anything|a thing) (?:coming|happenin[g]|happe[n]|come)",
                   r"before i (?:even )?(?:felt|notice[d]|realise[d]|realize[d]) (?:it|anything)")
#: not having been able to hold it: "couldnt hold it", "couldnt hold it in", "cant keep it in"
COULDNT_HOLD = (r"(?:couldnt|could not|cant|cannot|can not|wasnt able to|unable to|didnt manage to) (?:\w+ )?(?:hold|keep) (?:it|it in|it back)",)
#: the stool that no longer stays in: "my stools just wont stay in any more", "bowels wont hold" (not a stool, the seat, that
#: will not hold my weight)
BLADDER_PATTERNS += (
    r"\b(?:{STOOL})\b (?:\w+ )?(?:wont|will not|dont|do not|doesnt|does not|wouldnt|no longer|cant|cannot) (?:\w+ )?(?:stay in|stay put"
    r"|hold|be held|hold in|hold on)\b(?! (?:my|me|the|him|her|us|up|them|a)\b)",
)
#: a test of the seat with a pin, a needle, a nail, a spoon (engine _SHARED_SADDLE: TOUCHED ... AREA ... FELT_NOTHING)
TOUCHED += (r"needl[e]", r"needle[s]", "pin", r"safet[y] pin", r"fingernai[l]", "nail", r"spoo[n]")
#: ... and how it was felt: "feels like nothing", "feels like cardboard", "cant feel the pin"
FELT_NOTHING += (r"feels (?:\w+ ){0,2}?(?:nothing|like cardboar[d]|like rubbe[r])",
                 r"(?:couldnt|cant|didnt|could not|did not|cannot|can not) (?:\w+ ){0,2}?feel (?:the |that |my )?(?:pin|needl[e]|nail"
                 r"|fingernai[l]|spoo[n]|pric[k]|cold)\b")

# ---- session 41E (issue 12): both legs getting weaker told as a timeline ----
#: the "same" of the two sides, no course (bot/reading/redflags.py _stable_cue_told, session 41E): "both legs weak, the same on both
#: sides", "left and right the same" tell how the sides compare, not that the weakness is not getting worse
SIDES_SAME = (r"(?:just |exactly )?(?:the )?same (?:on |for |in )?(?:both|each|either|the two) (?:sides?|legs?)",
              r"(?:both|each|either|the two) (?:sides?|legs?) (?:are |is |feel |seem )?(?:just |exactly )?(?:the )?same",
              r"(?:the )?(?:leftright|left and (?:the )?right) (?:are |feel |side )?(?:just |exactly )?(?:the )?same",
              r"(?:the )?same (?:on the )?(?:leftright|left and (?:on the )?right)")
#: strength going a little more each day, told bare at a clause's start (session 41E): "every day a bit less", "day by day a
#: little less", "a bit less every week" (not "the pain is a bit less every day": the "less" there is the pain's, mid-clause)
WORSE_NOW += (r"(?:(?<=, )|(?<=\. )|(?<=^)|(?<=and )|(?<=but ))(?:(?:every|each) (?:single )?(?:day|week)|day by day|day after day|week by week"
              r"|week after week|by the day) (?:(?:its|it s|it is|i can do|i manage|i can manage) )?(?:a (?:bit|little|tad|touch) )?less"
              r"(?: (?:well|good|and less))?(?= ,| \.|$)",
              r"(?:(?<=, )|(?<=\. )|(?<=^))(?:a (?:bit|little|tad|touch) )?less (?:and less )?(?:(?:every|each) (?:single )?(?:day|week)"
              r"|by the day|day by day)(?= ,| \.|$)")
#: the legs told as going downhill (session 41E): "my legs are going downhill fast, both of them"
BOTH_LEGS_WEAK_PATTERNS += (r"\blegs (?:are |have |have been |keep )?(?:\w+ )?(?:going|gone|went|go) downhil[l]\b",)
#: the sides compared, one no better than the other (session 41E, bot/reading/redflags.py find_red_flags): "left worse than right",
#: "the left even weaker than the right", "my left leg is even worse than the right" (not "my left leg is weaker than my right":
#: one weak leg told against the good one)
OTHER_LEG_TOO += (r"(?:(?<=, )|(?<=\. )|(?<=^)|(?<=, the )|(?<=\. the ))(?:left|right) (?:one |side )?(?:is |s )?(?:even |still |a bit |a little"
                  r" |much |far )?(?:worse|weaker) than (?:the )?(?:right|left)\b(?! (?:leg|foot|knee|one)\b)",
                  r"(?:left|right)(?: leg| foot| one| side)? (?:is |s )?(?:even|still) (?:worse|weaker) than (?:the |my )?(?:right|left)\b")
# ---- session 41F, issue 12: a sign asked about, then denied as one's own in plain words ----
#: the own legs told free of the sign asked about (a clause by itself): "my legs arent weak", "my legs are not numb either",
#: "my legs feel fine", "theres nothing wrong with my legs" (not "my legs arent weak but ...": a sign told after it stays read)
SIGNS_DENIED += (r"(?:my|me) (?:legs|feet)(?: (?:are|feel|r))? (?:not|arent|dont feel|do not feel|never|never feel|never get) (?:at all |really |that |even )?"
                 r"(?:weak|numb|tingly|wobbly|dead|heavy)(?: (?:at all|either|myself|though))?(?= ,| \.|$)",
                 r"(?:i have|ive got|i got|ive|i ve) nothing (?:wrong )?(?:in|with) (?:my|me) (?:legs|feet)(?: (?:at all|either|myself))?(?= ,| \.|$)")
#: a slip or a trip told with nothing struck after it (bot/reading/redflags.py _slip_unstruck): the words a slip's trauma match opens
#: on, and the nothing struck: "slipped on the ice but didnt hit anything", "tripped, caught myself, nothing hit the ground"
#: ... and a step missed (session 42B): "missed the bottom step, a man grabbed me, didnt hit anything" (a landing told stays a fall)
SLIP_ONLY = (r"slippe[d]", r"slippin[g]", r"slid", r"skidde[d]", r"trippe[d]", r"stumble[d]", r"lost my footin[g]",
             r"misse[d] (?:\w+ ){0,3}?(?:ste[p]|steps|stai[r]|stairs)")
NOTHING_STRUCK = (r"(?:didnt|did not|never) (?:hit|bang|bump|knock|smack|land on) (?:anything|owt|my \w+|the (?:ground|floor))",
                  r"nothing (?:hit|touched) the (?:ground|floor)", r"no (?:knock|bump|bang|landing)", r"not even (?:my|a) (?:knee|knees|hand|hands|bum)"
                  r" (?:on|hit|touched) the (?:ground|floor)")
#: a past fever told ended, a span after it (session 41C; bot/reading/redflags.py _GONE_NOW, only with a PAST_CUES word in the
#: fever's clause): "it finished weeks ago", "that ended a fortnight later", "it stopped after two days", "it has finished three
#: weeks now", "by the next day it was gone", "that was all over before my back went", "its been over for ages", "my temperature
#: has been normal every day since", "i take my temp every morning and its normal" (not "not finished", "over for now", "it was
#: gone down a bit", a fever of the last day: FEVER_RECENT; one that came back: RECURRED)
_C41_SPAN = (r"(?:(?:\d+|a|one|two|three|four|five|six|a few|a couple of|several|some) )?(?:days?|weeks?|months?|fortnigh[t]|ages"
             r"|a while|long)")
FEVER_GONE_NOW += (
    r"(?<!not )(?<!never )(?<!nt )(?:it|that|which|the fever|fever|the temperature|the temp|everythin[g]|all that) (?:has |had |was )?"
    r"(?:all |completely |totally |fully |already |finally )?(?:finishe[d]|ended|stopped|went away|passed|broke|cleared(?: up)?)"
    r"(?: (?:" + _C41_SPAN + r" (?:ago|later|back|now)|(?:after|within|in) " + _C41_SPAN + r"))\b",
    r"(?<!not )(?<!if )(?:it|that|which|the fever|fever|the temperature|the temp) (?:was|had|had been) (?:all |completely |totally "
    r"|already |long |well )?(?:gone|over|finishe[d]|passed)\b(?! (?:down|up|a bit|a little|slightly|lower|higher|numb|dead|weak)\b)",
    r"(?:its|it is|thats|that is|it was|that was|its been|thats been|it has been|that has been|its all|thats all|it was all"
    r"|that was all) (?:long |well |completely |totally |fully )?over (?:(?:way |long |well |just )?before|for (?!now\b)"
    + _C41_SPAN + r")\b",
    r"(?:it|its|temperature|temp|my temperature|my temp|the temperature|the temp|thermometer) (?:has |have |s )?(?:been |stayed |stays "
    r"|remained |remains |is |s )(?:always |completely |totally |perfectly |back to )?normal(?: \w+){0,3}? since\b",
    r"(?:check|checks|checked|checking|take|took|taking|measure|measured|measuring) (?:my |me |the )?(?:temperature|temp)(?: \w+){0,3}?"
    r" (?:and )?(?:it|its|it s|the thermometer)? ?(?:is|s|was|stays|has been|says|shows|reads|is always|always) (?:always |completely "
    r"|totally |perfectly )?normal\b")
# ---- session 41G (issue 12, 16): a sign told as an infinitive or "no longer" in a question; a push that made one fall ----
#: "no longer" before the feeling or the holding is its "dont", "can no longer" and "not (be) able to" its "cant" (the flag
#: patterns read "dont feel", "cant hold"): "is it normal to no longer feel my bum", "i can no longer feel my backside", "is it
#: normal to not be able to hold my wee", "is it normal not to feel my bottom" (the infinitive's "not"; "do not" is "dont" already)
_G41_FELT = r"(?=(?:feel|feeling|sense|sensin[g]|tell|notice|hold|holdin[g]|control|controlling|stop|stopping|grip|lift|raise|move|walk|stand)\b)"
SPOKEN_PHRASES += (
    (r"\b(?:can|could) (?:no longer|not longer|nolonger) " + _G41_FELT, "cant "),
    (r"\b(?:(?:to )?(?:not|never|no longer) (?:be |being )?able to|(?:to )?be unable to|being unable to) " + _G41_FELT, "cant "),
    (r"(?<!\bcant )(?<!\bdont )\b(?:no longer|nolonger|to not|not to|to never|never to) " + _G41_FELT, "dont "),
)
#: a push, a shove or a knock by someone that sent the patient down, off, over or into something hard (a fall): "someone
#: pushed me down the stairs", "got shoved off the stage", "my brother knocked me off the ladder", "he pushed me over", "was
#: pushed against the radiator" (not "my physio pushed me to do more", "pushed the pram down the street", "pushed me into
#: doing more", "pushed me over the edge", "she pushed me into the car")
_G41_PUSHED = (r"(?:pushe[d]|shove[d]|knocke[d]|barge[d]|shunte[d]|jostle[d]|bumpe[d]|elbowe[d]|shouldere[d]|threw|throw[n]|flun[g]|tippe[d]"
               r"|trippe[d]|dragge[d])")
_G41_DROP = (r"(?:stair[s]|step[s]|staircas[e]|stairwa[y]|stairwel[l]|ladde[r]|stepladde[r]|platfor[m]|stag[e]|ledg[e]|wal[l]|bik[e]|bicycl[e]"
             r"|hors[e]|pon[y]|scoote[r]|skateboar[d]|roo[f]|balcon[y]|bench|jett[y]|pie[r]|slid[e]|climbin[g] fram[e]|trampolin[e]|ban[k]|ramp"
             r"|kerb|curb|pavemen[t]|porc[h]|deck|bed|bunk|chai[r]|stoo[l]|tabl[e]|loft|hatc[h]|landin[g])")
_G41_HARD = (r"(?:wal[l]|doo[r]|doorfram[e]|floo[r]|groun[d]|tabl[e]|des[k]|counte[r]|workto[p]|sin[k]|bat[h]|bathtu[b]|radiato[r]|lampos[t]"
             r"|lamp pos[t]|pilla[r]|pos[t]|locke[r]s?|cupboar[d]|wardrob[e]|dresse[r]|windo[w]|mirro[r]|banniste[r]|banister[s]?"
             r"|railing[s]?|rai[l]|fenc[e]|gat[e]|kerb|curb|pavemen[t]|concret[e]|tarma[c]|stair[s]|step[s]|edg[e]|shel[f]|shelve[s]|fridg[e]"
             r"|cooke[r]|oven|radiator[s])")
TRAUMA_PATTERNS += (
    # pushed down or off a height: "someone pushed me down the stairs", "she shoved me off the wall", "knocked me off my bike"
    r"\b" + _G41_PUSHED + r" (?:me|us) (?:right |straight |hard |backwar[d]s |backwar[d] |clea[n] |flyin[g] )?(?:down|off|from|off of|over) (?:the |a |an |my |his"
    r" |her |some |that |this |our |their |its )?(?:\w+ )?" + _G41_DROP + r"\b",
    # ... the passive: "i was pushed down the steps", "got shoved off the stage", "been knocked off my bike"
    r"\b(?:was|got|been|were|get|gets|being) (?:\w+ )?" + _G41_PUSHED + r" (?:right |straight |hard |backwar[d]s |backwar[d] |clea[n] |flyin[g] )?(?:down|off|from"
    r"|off of|over) (?:the |a |an |my |his |her |some |that |this |our |their |its )?(?:\w+ )?" + _G41_DROP + r"\b",
    # pushed over, to the ground (not "over the edge", "over the limit", "pushed me over to the window")
    r"\b(?:pushe[d]|shove[d]|barge[d]|shunte[d]|jostle[d]|bumpe[d]) (?:me|us) (?:right |straight |clea[n] )?(?:over|down)\b"
    r"(?! (?:the |my )?(?:edge|limi[t]|top|line|threshol[d]|brin[k]|hill|road|stree[t]|corrido[r]|hall|aisl[e]|lane|path|list|queu[e])\b)(?! to\b)",
    r"\b(?:was|got|been|were|get|gets|being) (?:\w+ )?(?:pushe[d]|shove[d]|barge[d]|shunte[d]|jostle[d]) (?:right |straight |clea[n] )?over\b"
    r"(?! (?:the |my )?(?:edge|limi[t]|top|line|threshol[d]|brin[k])\b)(?! to\b)",
    # pushed into or against something hard: "pushed me against the radiator", "he shoved me into the lockers", "was shoved
    # into the door frame" (not "into the car", "into doing more")
    r"\b" + _G41_PUSHED + r" (?:me|us) (?:\w+ ){0,2}?(?:into|in to|against|onto|on to) (?:the |a |an |some |that |this |his |her |their |my )?(?:\w+ )?"
    + _G41_HARD + r"\b",
    r"\b(?:was|got|been|were|get|gets|being) (?:\w+ )?" + _G41_PUSHED + r" (?:\w+ ){0,2}?(?:into|in to|against|onto|on to) (?:the |a |an |some |that |this"
    r" |his |her |their |my )?(?:\w+ )?" + _G41_HARD + r"\b",
)
# ---- session 41J (issue 12): a relative's legs in an impersonal clause; the other leg added after a comma ----
#: (PROXY_INTRO above looks up to 12 words ahead within the next sentence for the relative's pronoun, session 41J: "my grandad is 83 . its been going downhill
#: every week with his legs") the legs told going downhill in an impersonal clause, as nl "het gaat achteruit met mijn benen": "its going
#: downhill with my legs, both of them", "things have been going downhill fast with my legs"
BOTH_LEGS_WEAK_PATTERNS += (r"\b(?:its|it s|it|thing[s]|everythin[g]|everythings|everything s|all) (?:\w+ ){0,3}?(?:going|gone|goes|went) (?:\w+ ){0,2}?"
                            r"downhil[l] (?:\w+ ){0,4}?with (?:my |me |both my |both of my |both )?legs\b",)
#: the other leg added after a comma, with "too" (a leg's weakness read first, find_red_flags): "my right leg keeps getting weaker, the
#: left one too", "..., and now the other one as well" (not "the right one hurts too", "not the right one", "the right one fine")
OTHER_LEG_TOO += (r"(?:(?<=, )|(?<=\. )|(?<=and ))(?:and )?(?:now )?(?:also )?(?:the |my )?(?:other|right|left)(?: one| leg| foot| side)?(?: is| s)?"
                  r"(?: now)?(?: (?:going|getting|gone) (?:weak|weaker))? (?:too|as well|aswel[l]|also)(?: now)?(?= ,| \.|$)",)

# ---- session 41K (issue 12): a past fever told by its month or season; something else than stool named as what came out ----
#: a past told by the month or the season it was in (bot/reading/redflags.py _PAST; session 41K): "back in march", "in the spring",
#: "last fall", "during the winter", "in early january" (not "since march", "since back in march", "from march", "until may")
_K41_WHEN = (r"(?:januar[y]|februar[y]|marc[h]|april|may|june|july|augus[t]|septembe[r]|octobe[r]|novembe[r]|decembe[r]|sprin[g]|summe[r]"
             r"|autum[n]|fall|winte[r])")
PAST_CUES += (r"(?<!since )(?<!since back )(?<!from )(?<!until )(?<!till )(?<!til )(?:back )?(?:in|during|over) (?:the )?(?:early |late |mid )?"
              + _K41_WHEN,
              r"last " + _K41_WHEN)
#: a week of fever told as a bare list (bot/reading/redflags.py _bare_sign_list; session 41K): "..., fever for a week, ...", "...,
#: fever for two weeks, ..." (the numbers in words, as the Dutch and French lists have them)
SIGN_LIST_WORDS = SIGN_LIST_WORDS | frozenset("week weeks two three four five".split())
#: what came out named, no stool or urine (engine _came_out_other, session 41K): told as a clause of its own right after or right
#: before the story's "it came out": "it came out all at once, the pain, ...", "the sneeze, it shot out, ..." (not a sentence
#: naming the stool, the urine, the toilet or the clothes: "it came out in my trousers, the poo, ...")
CAME_OUT_OTHER = (r"(?:the |that |this |my |a |an |all the |those )?(?:pai[n]|ache|twinge|stab|scream|screa[m]s|yell|shout|cry|sob|word|words"
                  r"|swear word|swearword|curse|laugh|giggle|sneeze|sneez[e]s|cough|hiccup|burp|tear|tears|though[t]|idea|news|trut[h]"
                  r"|secre[t]|story|spot|pimple|zit|tooth|splinte[r])",)

# ---- session 41L: a fever named only in a question whether to mention or count it ----
#: the fever's whole clause a question whether to mention, report or count it (bot/reading/redflags.py _mention_asked): "should i
#: still bring up that fever?", "do i have to report the temperature from last month?", "does that fever even count?"; not with a
#: fever told now or one's own in it ("should i mention that i have a fever", "... my fever"): read
FEVER_MENTION_ASKED = (
    r"^(?!.*\b(?:my|i have(?! to)|ive|i ve|i m|im|i am|still have|now|currently|today|right now|tonight)\b)(?:so |and |also )?"
    r"(?:should|shall|must|do|need|would|can) i (?:\w+ ){0,3}?(?:mentio[n]|report|tell|say|bring up|flag|inclu[d]e|lis[t]|note)\b(?: \w+){0,9}$",
    r"^(?!.*\b(?:my|i have(?! to)|ive|i ve|i m|im|i am|now|currently|today|right now|tonight)\b)(?:so |and )?(?:does|do|would|will|should)"
    r" (?:that|this|the|it|a|an) (?:\w+ ){0,6}?(?:cou[n]t|matte[r]|need mentioning|need to be mentioned)\b(?: \w+){0,3}$",
    r"^(?!.*\b(?:my|i have(?! to)|ive|i ve|i m|im|i am|now|currently|today|right now|tonight)\b)is it (?:worth|importan[t]|necessary"
    r"|relevan[t]|useful) (?:to )?(?:mentio[n]|mentioning|report|reporting|tell|telling)\b(?: \w+){0,9}$",
)
#: a sign heard from someone, asked whether it is true (session 41M; bot/reading/redflags.py _hearsay_asked_true): "..., is that
#: true?", "is that right?", "is he right?", "true?"
TRUTH_ASKED = (r"(?:is|was) (?:that|this|it|he|she|they|this really|that really|it really) (?:true|right|correct|so|a myth|an old wives tale)"
               r"(?: or not| or what)?", r"(?:are|were) (?:they|you) right", r"(?:true|right|correct|really)(?: or not| or false)?",
               r"(?:does|do) (?:that|this|it) (?:hold|check out)", r"(?:any|is there any) truth (?:in|to) (?:that|this|it)")

# ---- session 42A (issue 12): a fall from a height told by where the person came down, words between (TRAUMA_PATTERNS) ----
#: what may stand between the landing verb and where the body came down: a distance ("about three metres", "a good six foot",
#: "3m", "a full storey"), a manner ("flat", "hard", "straight", "with a thud"), where from ("off the scaffold", "from the
#: loft hatch"); a closed class of words, so "the pain came down from my back onto my bum" or "came down with a cold on my
#: back" stay nothing (each word one token of the gap)
_A42_GAP = (r"(?:\d+(?:point\d+)?(?:m|ft|mtrs?|metres?|meters?|foot|feet)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            r"|fifteen|twenty|half|a|an|couple|few|of|or|so|odd|good|solid|full|whole|about|around|roughly|approx|over|under|like|maybe"
            r"|easily|least|at|well|just|some|m|mtrs?|metres?|meters?|ft|foot|feet|yards?|yds|storeys?|stories|floors?|rungs?|steps?"
            r"|below|lower|further|down|flat|hard|heavily|heavy|straight|right|square|squarely|smack|bang|slap|awkwardly|awkward|badly"
            r"|backwards|backward|sideways|first|plus|high|height|drop|way|all|the|that|this|me|my|our|off|from|ladder|roof|scaffold"
            r"|scaffolding|wall|tree|loft|hatch|attic|stairs|stool|chair|table|horse|bike|trampoline|platform|shed|balcony|bunk|bed|frame"
            r"|truck|lorry|van|trailer|ledge|fence|with|thud|thump|wallop|crash|bump|splat|,)")
TRAUMA_PATTERNS += (
    # "the ladder went and i came down about three metres flat on me back", "came down a good six foot onto me backside",
    # "landed three metres below flat on me back", "i came down off the scaffold flat on me back" (not "came down with the flu",
    # "my temperature came down two degrees": no body part landed on; a near fall keeps its guard)
    # (past forms only: "i go down the stairs on my bum" is a way to cope, not a fall)
    r"\b(?:(?:came|come|went|gone|crashed|slammed|dropped) down|landed|dropped)(?: " + _A42_GAP + r"){0,9}? (?:on|onto|on to|upon) (?:my|me|mi|ma|his|her|their|our) (?:\w+ )?(?:back|bum|arse|ass|backside"
    r"|bottom|butt|behind|tailbone|coccyx|spine|hip|hips|side|rear|rump|buttocks|bum cheeks)\b",
)
# ---- session 42C (issue 12): the writer named in the third person as the patient's relative or carer (PROXY_ROLE) ----
#: at the message's opening (after a greeting) the writer says who writes for whom, the patient named by title (or name) or
#: by "his"/"her", the writer in the third person: "this is mrs peeters' granddaughter writing", "mr evans' son here", "it's
#: the daughter of mr jones typing", "writing as mrs smith's carer", "this is her husband writing" (bot/reading/redflags.py
#: _as_patient): after it "he", "she", "his", "her" are the patient's, as after "i am the son of mrs jacobs" -- a lead ("this
#: is", "writing as") or a tail ("writing", "here") is needed, and a bare name needs both ("this is john's daughter writing");
#: not a relative told of in passing ("mrs peeters' granddaughter fell off her bike", "my gran fell last year, but my back ...")
_NAME_42C = r"(?!(?:my|me|our|the|a|an|his|her|their|this|that|its)\b)\w+"
_OF_42C = rf"(?:{_TITLE_40G} {_NAME_42C}(?: {_NAME_42C})?|(?:his|her) (?:mum|mom|mothe[r]|dad|fathe[r]|nan|gran|husban[d]|wif[e]))"
_POSS_42C = rf"{_TITLE_40G} {_NAME_42C}(?: {_NAME_42C})?(?: is| s)?"
_LEAD_42C = r"(?:this is|thi[s] s|its|it s|it is|heres|here is|here s|writing as|typing as|messaging as|texting as|i write as|i m writing as)"
_TAIL_42C = (r"(?:writing|typing|messaging|texting|here|speaking|again)(?: (?:to you|this|for (?:her|him)|on (?:her|his) behal[f]))?"
             r"(?= [,.!:;]| (?:and|she|he|shes|hes|her|his|about)\b|$)")
_END_42C = r"(?= [,.!:;]| (?:and|so|she|he|shes|hes)\b|$)"
PROXY_ROLE += (rf"{_LEAD_42C} (?:{_POSS_42C} |(?:his|her) |(?:the|a) )?(?:{_ROLE_40G})(?: {_TAIL_42C})?{_END_42C}",
               rf"{_LEAD_42C} (?:the|a) (?:{_ROLE_40G}) (?:of|to|for) {_OF_42C}(?: {_TAIL_42C})?{_END_42C}",
               rf"(?:{_POSS_42C} |(?:his|her) )(?:{_ROLE_40G}) {_TAIL_42C}",
               rf"(?:the|a) (?:{_ROLE_40G}) (?:of|to|for) {_OF_42C} {_TAIL_42C}",
               rf"{_LEAD_42C} {_NAME_42C}(?: is| s)? (?:{_ROLE_40G}) {_TAIL_42C}")
#: street spelling read only in its context, after STREET (session 42E; none in this pack yet)
STREET_PHRASES: tuple = ()
#: a question's words quoted, from a form or the assistant, the answer after (session 42G; bot/reading/redflags.py
#: _quoted_questions_out): "your form asks 'history of cancer'. i never had it", "the 'cancer' question: ...". The words
#: just before the opening quote (QUOTE_ASKED_BEFORE) or just after the closing one (QUOTE_ASKED_AFTER) name the question;
#: QUOTE_ANSWER_YES keeps the quoted sign (a "yes" anywhere outside the quotes), QUOTE_ANSWER_NO adds to NEGATIONS
QUOTE_ASKED_BEFORE = (r"(?:asks?|asked|asking)(?: me| us)?(?: about| for| if| whether)?", r"(?:the )?question(?: is| was| says| of)?",
                      r"(?:form|questionnaire|survey|app|bot|chat|page|list|sheet) (?:says|said|asks|asked|has|had|wants to know)",
                      r"(?:it|there) (?:says|said)", r"you (?:wrote|write|want to know|wanted to know)", r"(?:ticked|tick|box)")
QUOTE_ASKED_AFTER = (r"question", r"box", r"bit on (?:the|your) form", r"one")
QUOTE_ANSWER_YES = ("yes", "yeah", "yep", "yup", "aye", "correct")
QUOTE_ANSWER_NO = ("no", "nope", "nah", "never")
#: (session 42Q) How to lie or sleep asked with a position named ("nights are hell, how should i sleep, on my back?"): the
#: person asks which position eases it, night pain that depends on the position (mechanical); told that nothing eases it
#: (NIGHT_STRONG: "whatever position", "nothing helps") it stays night pain
MECHANICAL += (
    r"how (?:should|shud|do|can|must|would|is it best to|best to) (?:i |we |u |you )?(?:lie|lay|sleep)\b(?: down)?(?:\W+\w+){0,3}?\W+on (?:my |me |the |your )?(?:side|back|front|stomach|belly|tummy)\b",
)  # fmt: skip
# ---- session 42S (issue 12): not able to go or to hold it, said any way ----
#: "i wasnt able to hold it till the toilet", "i havent been capable of weeing", "im not managing to pass water", "i couldnt stop
#: myself from peeing" (not "i was able to pee", "not able to walk far", "i wasnt able to hold the baby": a thing held)
BLADDER_PATTERNS += (
    r"\b(?:wasnt|was not|werent|were not|havent been|have not been|hadnt been|hasnt been|not|no longer|never) (?:\w+ )?(?:able to|capable of"
    r"|managing to|manage to|managed to) (?:\w+ )?(?:pee|wee|urinate|piss|peeing|weeing|urinating|pissing|pass water|passing water|pass urine"
    r"|passing urine|empty my bladder|emptying my bladder|hold (?:it|my (?:pee|wee|water|bladder|urine))(?: in\b| (?:\w+ ){0,2}?(?:till|until|til"
    r"|before|in time)\b))\b",
    r"\b(?:cant|couldnt|cannot|could not|wasnt able to|unable to) (?:\w+ )?stop (?:myself|meself) (?:from )?(?:peeing|weeing|wetting|pissing"
    r"|pooing|leaking)\b",
)
# ---- session 42T (issue 12): Caribbean creole and West African pidgin spellings that hid a sign ----
#: creole words whose reading is certain and clash with no Dutch or French word (the STREET tables are merged): "kyaan" (like
#: "cyaan") = can't, "wid" = with, "siddung" = sit down ("mi", "di", "fi", "nuh" stay themselves: the French "mi-", the Dutch
#: "di" (Tuesday), and the patterns that read them inline)
STREET.update({"kyaan": "cant", "wid": "with", "siddung": "sit down"})
#: "nothing" in dialect (session 44X; the typo reader read "nuttin" as "cuttin", a cutting phase): "i didnt try nuttin"
STREET.update({"nuttin": "nothing", "nuttn": "nothing"})
#: ... and the real words one edit from them stay themselves (test_real_neighbours_are_complete)
REAL_NEIGHBOURS = REAL_NEIGHBOURS | {"kraan", "kyran"}
#: the creole "a" = at before the night, right after the pain (not "twice a night", "a night out", "call it a night"): "di pain a
#: night nuh ease wid nutten" is "the pain at night ..."
SPOKEN_PHRASES += ((r"\b(pain|pain[s]|ache|ache[s]|achin[g]|hurt|hurt[s]|hurtin[g]|thro[b]|thro[b]s|throbbin[g]|sore|sorenes[s]) a (night|nite|nights)\b"
                    r"(?! (?:out|off|or two|away|shift|before|of)\b)", r"\1 at \2"),)
#: the bottom in creole: "mi cyaan feel mi batty" (one's own: "my", "me", "mi"; not "it drives me batty", "going batty")
AREA += (r"(?:(?<=my )|(?<=mi )|(?<!\bdrive[s] me )(?<!\bdriv[e] me )(?<!\bdrivin[g] me )(?<!\bdrov[e] me )(?<!\bdrive[n] me )(?<!\bsend me )(?<!\bsend[s] me )"
         r"(?<!\bmake[s] me )(?<!\bmake me )(?<!\bmakin[g] me )(?<=me ))batt[y](?: hol[e])?|battyhol[e]",)
#: every way the same pain at night: "at night every way same pain", "every which way its the same pain"
NIGHT_STRONG += (r"every (?:which |single )?way (?:\w+ ){0,2}?(?:same|di same|de same|the same) (?:pain|ting|thing|hurt)",)
#: ... the same pain told bare after the ways tried, closing its clause (bot/reading/redflags.py _SHARED_NIGHT): "at night i try every
#: way, same pain", "at night every way same pain", "every which way fi lie dung at night, di same pain"
NO_RELIEF += (r"(?:(?<=, )|(?<=\bway )|(?<=\bways )|(?<=\bposition )|(?<=\bpositions ))(?:always |still |just )?(?:the |di |de )?same (?:pain|ting"
              r"|thing|hurt|ache)(?= ,| \.|$)",)
# real words one edit from the words session 42's rounds added to the rules (tests/unit/test_redflags_street.py
# test_real_neighbours_are_complete, the system word list): never corrected
REAL_NEIGHBOURS = REAL_NEIGHBOURS | frozenset((
    "antic attica attics backyard backyards balconys balkan beast bolder brecht cable capably chump "
    "colder contreras coupled couples couplet criers cries deeper deters diaper dipper directs direst "
    "disses dnieper drier environs feast fenced fencer firsts flame frailer framed framer frames frier "
    "furthers gable gallop genie genres gerund halved hatchs hedge heights hence hisses hitch holder "
    "hutch kisses languid larders lauders leapt leash leasts ledges lodge lorre lorrys mable madders "
    "meiers meteors metiers meyers mezzanines miters murat pardons pisces pisss platforms pledge pusses "
    "scaffoldings scaffolds sedge shorten slack sledge smock solder solids sorry splats splay sported "
    "sprat squared squarer squares squire stack stage stages stains stair starrs stirs stolid stores "
    "storied tabled tables tablet thatch thumb thumps tories toughly track trailed trailers trawler truce "
    "trucks trump trunk wallops wallow wedge worry wrier yeast "
).split())
# ---- session 42 (issue 12): the urge not noticed told as "no idea" (rewritten "unsure" by the hedges before the rules) ----
#: "i had no idea i needed a wee and then it was running down my leg", "had no idea i needed the loo" (not "no idea if i need
#: physio", "no idea how long"): the urge not felt, like "didnt feel it coming"
BLADDER_PATTERNS += (
    r"\b(?:had|have|got) unsure (?:that )?(?:i|id) (?:needed|need|had|have|wanted|want) (?:to (?:go|pee|wee|poo)\b|(?:a |the |to go to the )?"
    r"(?:wee|pee|poo|toilet|loo|bathroom|lavator[y])\b)",
)
# ---- session 43 (issue 12): after the writer's role, the patient named by the kin word the role answers to ----
#: the writer named the patient's relative at the opening (PROXY_ROLE), the patient then named by their kin word as the
#: subject: "this is mrs claes's granddaughter writing . gran slipped in the bath" (bot/reading/redflags.py
#: _role_kin_as_patient): the role's words, the kin words of the patient they answer to -- and the words that make that kin
#: word the owner of another relative ("mum's sister": normalised "mum is sister")
#: (a title or "his"/"her" in the role's words keeps the patient's kin to one side: "im mr evans daughter . mum had cancer" is
#: another relative's)
_HE_43 = r"^(?!.*\b(?:mrs|ms|miss|madam|her)\b)"
_SHE_43 = r"^(?!.*\b(?:mr|mister|his)\b)"
_GRANDCHILD_43 = r".*\b(?:great )?grand ?(?:daughter|son)"
_CHILD_43 = r".*\b(?<!grand )(?:step ?)?(?:daughter|son)\b"
ROLE_KIN = ((_HE_43 + _GRANDCHILD_43, r"grandfather|grandpa|grandad|granddad|gramps"),
            (_SHE_43 + _GRANDCHILD_43, r"grandmother|grandma|gran|granny|nan|nana|nanna"),
            (_HE_43 + _CHILD_43, r"father|dad|daddy|papa|pa"),
            (_SHE_43 + _CHILD_43, r"mother|mum|mom|mam|mama|mummy|mommy|ma"),
            (r"wife", r"husband|hubby"),
            (r"husband", r"wife|missus|wifey"))
KIN_OWNED_AFTER = ("is", "s")

#: a dropping foot told by its effects alone (session 43W, issue 12; with a worsening told: the whole-message net): the
#: tip of the footwear that drags or catches on the stairs, a trip over nothing (not over a real obstacle), the knee
#: hiked up to clear the step: "the toe of my trainer keeps scraping the steps, worse every day", "i stumble over nothing
#: now and its getting worse", "i have to yank my knee right up on the stairs, getting worse"
FOOT_SIGN_ALONE += (
    r"(?:tip|toe|toes|front|nose|end) (?:of )?(?:my |me |the |that )?(?:left |right )?{FOOTWEAR}(?: \w+){0,2}? (?:drag\w*|scrap\w*"
    r"|scuff\w*|catch\w*|snag\w*|clip\w*|hook\w*)",
    r"(?:trip|trips|tripping|tripped|stumble|stumbles|stumbling|stumbled) (?:\w+ )?(?:over|on) (?:nothing|thin air|fresh air)\b",
)
FAILING_LIMB += (r"(?:had|have|has|need|needed|got) to (?:hike|yank|jerk)(?= (?:my |me |the )?(?:left |right |bad )?knees? (?:\w+ ){0,2}?"
                 r"(?:high|up)\b)",)
# ---- session 43P (issue 12): the night told after a negation of the pain going on ----
#: a negation that tells the pain going on, not the night denied (bot/reading/redflags.py _night_keeps_neg): "a pain that wont
#: leave me alone at night: lying, sitting, on my side, nothing helps", "it doesnt let up at night, ..."
NIGHT_KEEPS_NEG = (r"(?:wont|doesnt|does not|will not|didnt|did not|never) (?:\w+ )?(?:let (?:me |it )?(?:go|up|be)|leav[e] (?:me|us) (?:alon[e]|be|in peac[e])"
                   r"|quit[s]?|stop[s]?|ease (?:off|up)|go away|die down|calm down)",)
# ---- session 43P (issue 12): a fever over, told by nothing since a day named ----
#: nothing since a moment named, after a fever told past (bot/reading/redflags.py _resolved_after, PAST_CUES in its clause): "i had
#: 38.6 for two days but nothing since tuesday", "had 39 last week, since friday nothing at all" (not "not nothing since": the
#: over phrase ends its clause, "nothing since tuesday helps" is no fever over)
FEVER_GONE_NOW += (r"(?<!not )(?:nothing|nowt|nothing at all|nothing more) since (?:\w+ ){0,2}?\w+(?= ,| \.|$)",
                   r"since (?:\w+ ){1,2}?(?:nothing|nowt)(?: at all| more| whatsoever)?(?= ,| \.|$)")
#: (session 43Q2) Not knowing how to lie or sleep, the position asked after it ("nights are awful, no idea how to lie . on my
#: side ?": bot/reading/redflags.py _night_position_asked_next reads the next sentence with it): the position asked, mechanical
MECHANICAL += (
    r"unsure how (?:to |i (?:should|shud|can|must|am suppose[d] to|ough[t] to) )(?:lie|lay|sleep)\b(?: down)?(?:\W+\w+){0,3}?\W+on (?:my |me |the )?(?:side|back|front|stomach|belly|tummy)\b",
)  # fmt: skip
# ---- session 43NT: a slip caught before any fall, then asked whether it counts as a fall ----
#: staying upright after a slip or a trip, and more ways of nothing struck (session 43NT, bot/reading/redflags.py _slip_unstruck and
#: _fall_told_denied): "my mate grabbed my arm so i stayed on my feet", "i stay standing", "remained upright", "kept my feet",
#: "no bump anywhere" (not "stayed standing all day": no slip told before it)
NOTHING_STRUCK += (r"(?:just |still |somehow )?(?:stayed|stay|stays|remained|remain|kept|keep) (?:on my (?:feet|legs)|standin[g]|uprigh[t]"
                   r"|my (?:feet|footin[g]|balanc[e]))\b",
                   r"(?:never|didnt|did not|dont|did not even) (?:touch|reach|go to) the (?:ground|floor)",
                   r"no (?:knock|bump|bang|landing|impact)s? (?:anywhere|at all|on anything)")
#: a near fall's slip or catch (session 43NT, bot/reading/redflags.py _fall_told_denied, with SLIP_ONLY, SLIPPED and CAUGHT_AFTER):
#: the present and the non-native forms ("my foot slide", "i grab the sink", "she catch me")
NEAR_FALL = (r"slid[e]", r"slide[s]", r"sli[p]", r"slip[s]", r"tri[p]", r"gra[b]", r"grab[s]", r"catc[h]", r"catche[s]", r"stumbl[e]")
#: the question whether the near fall told counts as a fall (session 43NT; dropped only with the person's own told fine:
#: _own_told_fine): "does that count as a fall?", "it count as injury?", "would that
#: qualify as an accident?"
GENERAL_SUBJECT += (r"(?:(?:does|do|did|would|will|is|was|can|could|should) )?(?:that|this|it|thats|its) (?:really |even |still |actually )?"
                    r"(?:count|counts|counting|counted|qualif(?:y|ies)|classe[d]|class) (?:as|like|for) (?:an? |the )?(?:\w+ ){0,3}?"
                    r"(?:fall|accident|injury|trauma)\b",)
# ---- session 43S2 (issue 12): the saddle area not felt in the shower or bath, told by the water, towel or clothes ----
#: what touches the saddle area when washing, drying or dressing (engine _SHARED_SADDLE): "the shower water", "the towel", "the
#: loo roll", "my knickers"
BATH_THING = (r"wate[r]|bathwate[r]|showe[r]|showe[r]s|ba[t]h|towe[l]|washclot[h]|flanne[l]|face ?clot[h]|spong[e]", r"(?:loo|toile[t]) (?:rol[l]|pape[r])",
              r"knicker[s]|undie[s]|boxer[s]|trouser[s]|jean[s]|clothe[s]")
#: that touch not felt, told by "that" or "this" (beside NOT_FELT_IT): "i dont feel that at all", "couldnt notice this"
BATH_NOT_FELT = (r"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?:didnt|did not|couldnt|could not|never|cant|cannot|dont|do not|wouldnt) (?:even |really "
                 r"|actuall[y] |honestl[y] |properl[y] )?(?:feel|felt|notice[d]?) (?:that|this|those|these)(?: (?:at all|whatsoeve[r]|either))?"
                 r"(?= ,| \.|$| (?:and|but|n|as|like|when|while|even|so|though)\b)",)
#: ... or "it" not felt, then where: "the towel i dont feel it on my inner thighs", "my undies i cant feel them round my bum"
BATH_NOT_FELT_AT = (r"(?<!\bshe )(?<!\bhe )(?<!\bthey )(?:didnt|did not|couldnt|could not|never|cant|cannot|dont|do not) (?:even |really )?"
                    r"(?:feel|felt|notice[d]?) (?:it|them|that)(?: at all)?",)
# ---- session 43 (issue 12, lead): a catch that took both down ----
#: a slip caught by someone who then went down with the person (session 43L): "he grabbed me but we both went down", "my
#: sister caught my arm and both of us hit the floor" -- a fall told as "we", after a catch (not "we went down to the beach")
TRAUMA_PATTERNS += (
    r"\b(?:grabbe[d]|grabbin[g]|caugh[t]|catchin[g]|hel[d]|holdin[g]|tried to (?:gra[b]|catc[h]|hol[d])) (?:\w+ ){0,6}?(?:but|and|then) (?:we (?:both |all )?"
    r"|both of us |the (?:two|2) of us )(?:still )?(?:went down|went over|hit the (?:floo[r]|groun[d]|deck)|ended up on the (?:floo[r]|groun[d]))\b",
)

# ---- session 44T (issue 12): a sign read on a page, its meaning or urgency asked, nothing of it owned ----
#: read on "your" or "their" page, or the page that talks about it: "read on your website about numb bum", "your page talks about ..."
HEARSAY += (r"(?:read|saw|seen|found|spotted) (?:on|in) (?:your|their) (?:\w+ )?(?:list|leaflet|page|site|website|poster|chart|checklist"
            r"|booklet|handout|pamphlet|flyer)\b(?! (?:that|saying)\b)",
            r"(?:list|leaflet|page|site|website|poster|checklist|booklet|sheet|article|handout|pamphlet|flyer)(?: \w+){0,3}? (?:talks|talked"
            r"|speaks|spoke) about\b")
#: the urgency or the meaning of a sign read asked (with MEANING_ASKED): "is that really urgent", "what is it exactly"
SIGN_URGENCY_ASKED = (r"(?:is|was) (?:that|this|it) (?:really |actually |truly |even |always )?(?:that |so )?(?:urgent|serious|an emergency"
                      r"|dangerous)", r"(?:what is|whats|what s) (?:that|it|this) (?:exactly|actually|then)")
#: the sign read owned as "exactly" the person's: "thats exactly what i have"
HEARSAY_MINE += (r"(?:that|thats|that s|this|this is|which) (?:is )?(?:exactly|just|precisely) (?:me|my case|what i have|what ive got"
                 r"|what i got|what im having|what is happening to me)",)
#: a denial of problems "like that": "no problems like that for me", "no issues of that sort here"
SIGNS_DENIED += (r"(?:^|(?<=\. )|(?<=, ))(?:no|not any) (?:problems?|issues?|troubles?|symptoms?) (?:like that|like those|of that sort"
                 r"|of that kind|of the sort)(?: (?:for me|here|with me|myself))?(?= ,| \.|$)",
                 r"i (?:can |do )?feel (?:everything|it all) (?:down there|there|down below) (?:fine|normally|normal|ok|okay|alright"
                 r"|just fine)(?= ,| \.|$| but\b)")
#: a relative's legs that fail, told getting worse, beside GIVES_WAY (session 44W3; bot/reading/redflags.py _others_failing_worse):
#: "grandad's legs fold under him", "my husband's legs went from under him"
OTHERS_LEGS_FAIL = (r"fold|folds|folded|folding", r"(?:went|goes|go|gone|going) (?:out )?from under(?:neath)?")
# ---- session 44 (the lead, issue 12): the relative's "her" as an object ----
#: the relative's pronoun that is an object after these words (bot/reading/redflags.py _patient_pronoun): word -> (the
#: patient's object form, the words before, the words after or ""): "her legs go from under her" -> "... from under me"
PROXY_OBJECT_AFTER = {"her": ("me", r"under|underneath|beneath", "")}
# ---- session 44NT2, issue 12: night pain told as nights bad with nothing easing it, the tries at night, or in bed unchanged ----
#: the nights named as the bad time, then nothing eases it (not the nights told fine, nor kept up by another: "nights are awful
#: with the baby"): "the nights are horrible with the pain, nothing helps"
_NIGHTS_OTHER_44 = (r"(?!(?: \S+){0,6}? (?:with|because of|cos of|from|thank[s] to) (?:the |my |our |a )?(?:baby|babie[s]|newbor[n]|kids?|toddle[r]"
                    r"|twin[s]|little one|dog|pupp[y]|neighbour[s]?|snorin[g]|husband|wife|partner|son|daughter|shift[s]?|work)\b)")
NIGHT_PATTERNS += (
    r"(?:^|(?<=, )|(?<=\. )|(?<=\band )|(?<=\bbut ))(?:the |my |these |those )?(?:nights|night ?time|nighttime[s]) (?:are|r|were|have been"
    r"|been|is|get|feel)\b(?! (?:\w+ )?(?:fine|ok|okay|good|grand|better|alrigh[t]|all right|easie[r]|calm|peacefu[l]|quie[t]|bearabl[e]"
    r"|manageabl[e]|no problem|not (?:\w+ )?bad)\b)" + _NIGHTS_OTHER_44 + r"(?: \S+){0,12}? {NO_RELIEF}\b",
    # ... whatever one tries at night, it goes on: "whatever i try at night it doesnt ease", "no matter what i do in bed, it just aches"
    r"\b(?:whateve[r]|no matter what|nomatte[r] what) (?:i|we) (?:try|tried|do|did|take)\b(?: \w+){0,2}? (?:at night|in the night|in bed"
    r"|overnigh[t]|at bedtim[e])\b(?: \S+){0,12}? (?:{NO_RELIEF}|(?:it|the pain|pain|the ache|my back) (?:just |still )?(?:ache[s]|hurts|thro[b]s"
    r"|stay[s]|is (?:still )?there|sits there|(?:doesnt|does not|wont|never) (?:ease|go|shift|budge|settl[e]|let up)))\b",
    # ... in bed or lying down it stays as it is: "in bed it aches whether i move or not", "lying down nothing i do changes it",
    # "in bed ive tried everything, it still aches"
    r"\b(?:in bed|in my bed|lying down|lying in bed|when i lie down|when im lying down|at night|in the night)\b(?: \S+){0,16}?"
    r" (?:whether (?:i|im) (?:move|movin[g]|shift|stir|stay still|lie still|keep still) or not|nothing (?:i do |i try )?(?:\w+ ){0,3}?"
    r"change[sd]? (?:it|the pain|anything)|(?:ive|i have|i) (?:already )?tried (?:absolutely )?everythin[g])\b",
    r"\bwhether (?:i|im) (?:move|movin[g]|shift|stir) or not\b(?: \S+){0,4}? (?:in bed|lying down|at night)\b",
)
#: ... moving or not is no pain that comes only with moving
NIGHT_STRONG += (r"whether (?:i|im) (?:move|movin[g]|shift|stir|stay still|lie still|keep still) or not",)
#: real words one edit from the street spelling "nuttin" (session 44X): kept as written
REAL_NEIGHBOURS = REAL_NEIGHBOURS | frozenset("nutten nuttig nutty".split())
#: a question put to the person, no page read (bot/reading/redflags.py _hearsay_meaning_asked; session 44, the lead):
#: "the doctor asked me if i had numbness down there. what does that mean?" keeps the sign
HEARSAY_PUT = (r"asked|asks|asking",)
# ---- session 45W4, issue 12: a knee that goes away under one, a relative's legs sagging, both legs told alike ----
#: the two legs told alike after a weakness (bot/reading/redflags.py _BOTH_ALIKE): "weaker every day, both legs the same",
#: "the two legs alike", "left and right the same" (a weakness must be read already; "the other is fine" is none of these)
BOTH_ALIKE = (r"(?:both|the two|left and right) (?:legs |sides |of them )?(?:are |is |s )?(?:just |exactly )?(?:the same|alik[e])",)
#: a knee or leg that bends, folds or goes "away" under one, in a learner's English (the Dutch "plooit weg"), and a relative's
#: legs that sag, sink, fold or go from under him or her: read as the giving way they tell, so the giving way's guards hold
#: (a course told unchanged, someone else's legs without a worsening): "the right knee bend away under me", "my husband's
#: legs sag under him" (not "the pain goes away", no limb before; not "my leg sags under me", read already)
SPOKEN_PHRASES += (
    (r"\b({LEGWORD}(?: (?:,|(?!(?:i|im|ive|id|we|were|you|he|she|they|so|and|but|then|because|cos|as|or)\b)\w+)){0,3}?)"
     r" (?:bend|bend[s]|bende[d]|bent|bendin[g]|fold|folds|folded|folding|go|goes|went|going|gone|slip|slips|slipped|slipping) away"
     r"(?= (?:right |just )?(?:under|beneath|underneath) (?:me|him|her|them)\b)", r"\1 gives way"),
    (r"\b({LEGWORD}(?: (?:,|(?!(?:i|im|ive|id|we|were|you|he|she|they|so|and|but|then|because|cos|as|or)\b)\w+)){0,3}?)"
     r" (?:sag|sags|sagge[d]|saggin[g]|sink|sink[s]|sank|sinkin[g]|sunk|fold|folds|folded|folding|crumple|crumple[s]|crumple[d]|crumplin[g]"
     r"|cave|cave[s]|cave[d]|cavin[g]|slum[p]|slump[s]|slumpe[d]|slumpin[g]|went|goes|go|gone|going)"
     r" (?:(?:right|just|straight|away|down|out) )?(?:from )?(?:under|beneath|underneath) (?=(?:him|her|them)\b)", r"\1 gives way under "),
)

# ---- session 45TR (issue 12): another player's body or kit driven into the patient's back (TRAUMA_PATTERNS) ----
#: whose: "his", "their", or a person named with a possessive s ("their number eights knee", "the full backs shoulder")
_WHOSE_45TR = r"(?:his|her|their|(?:the|a|an|their|his|her|some|one of their|this|that) (?:\w+ ){0,2}?\w+s)"
TRAUMA_PATTERNS += (
    # "their keeper's knee went into my back", "his helmet went into the small of my back", "a lad's elbow went straight into
    # my spine" (not "my knee went", a body part of the patient's own)
    r"\b" + _WHOSE_45TR + r" (?:knee|knee[s]|elbo[w]|shoulde[r]|helme[t]|stud[s]|boot[s]|head|hip|fist|foot|fee[t])"
    r" (?:went|came|smashe[d]|slamme[d]|drov[e]|ploughe[d]|crashe[d]|dug|rammed|jamme[d]) (?:\w+ ){0,2}?(?:into|in) (?:the (?:small|base"
    r"|bottom|middl[e]) of )?(?:my|me) " + _BACK_41A + r"\b",
)
#: carried things that fall down the stairs while the patient stays up: "the washing fell down the stairs"
FALLEN_THINGS += ("washin[g]", "laundr[y]", "baske[t]", "laundry baske[t]", "washing baske[t]")
# ---- session 45N3, issue 12: night pain told as nothing one does at night changing it ----
#: anything done, the pain unchanged: "at night no matter what i do the ache doesnt change at all", "lying down, it makes no
#: difference what i do, it just sits there" (not the day's or work's: no day word between; not the night told fine)
_ANYTHING_DONE_45 = (r"(?:(?:(?:no|doesnt|does not|dont|do not|nomatte[r])(?: matter)?|(?:it )?makes? no (?:odds|differenc[e])"
                     r"|(?:doesnt|does not|dont) make (?:any |a bit of )?differenc[e]) what (?:i|we) (?:do|did|try|tried)"
                     r"|whateve[r] (?:i|we) (?:do|did|try|tried))")
_NIGHT_HERE_45 = (r"(?:at night|in the night|during the night|overnigh[t]|in bed|in my bed|lying down|lying in bed|when i lie down"
                  r"|when im lying down|at bedtim[e])")
_UNCHANGED_45 = (r"(?:{NO_RELIEF}|(?:it|the pain|pain|the ache|my back)(?: just| still)? (?:stay[s]|remain[s]|is|feels) (?:\w+ ){0,2}?"
                 r"(?:the same|as bad|there)|(?:it|the pain|pain|the ache|my back)(?: just| still)? sits there|(?:doesnt|does not|wont|will not"
                 r"|never|dont) (?:\w+ )?(?:change|budge|shift|ease|go away|let up|settl[e]))")
_GAP_NO_DAY_45 = r"(?: (?!(?:day|days|daytim[e]|work|mornin[g]|fine|ok|okay|good)\b)\S+){0,16}?"
NIGHT_PATTERNS += (
    r"\b" + _NIGHT_HERE_45 + r"\b" + _NIGHTS_OTHER_44 + _GAP_NO_DAY_45 + r" " + _ANYTHING_DONE_45 + r"\b" + _GAP_NO_DAY_45 + r" "
    + _UNCHANGED_45 + r"\b",
    r"\b" + _ANYTHING_DONE_45 + r"(?: \w+){0,2}? " + _NIGHT_HERE_45 + r"\b" + _GAP_NO_DAY_45 + r" " + _UNCHANGED_45 + r"\b",
)
#: ... anything done, the pain unchanged, is no pain that comes only with turning over
NIGHT_STRONG += (_ANYTHING_DONE_45 + r"\b(?: \S+){0,12}? (?:(?:stay[s]|remain[s]|is|sits) (?:\w+ ){0,2}?(?:the same|there)"
                 r"|(?:doesnt|does not|wont|never) (?:\w+ )?(?:change|budge))",)
# ---- session 46PD, issue 12: a past illness with a fever told over by its treatment, a twin's cancer ----
#: a fever placed in the past (its own clause: "had", "last month", "in october") told over by its treatment done: "had a bladder
#: infection with a temperature last month, treated", "finished the antibiotics", "the follow up urine sample came back clear"
#: (not "still on antibiotics", "being treated", "treated with paracetamol": a fever kept down; not of the last day, _FEVER_RECENT)
FEVER_GONE_NOW += (
    r"(?<!being )(?<!getting )(?<!still )(?<!not )(?<!not been )(?<!not yet )(?:all |fully |properly )?treate[d](?: with antibiotic[s])?"
    r"(?= ,| \.| and\b|$)",
    r"(?<!not )(?<!havent )(?<!not yet )(?:finished|completed|done) (?:the |my |a |all the |all my )?(?:full )?(?:course of )?antibiotic[s]\b",
    r"(?:the |my )?antibiotic[s] (?:are |were |is |was )?(?:all )?(?:finished|done|completed)\b",
    r"(?:the |a |my )?(?:control|follow ?up|repeat|recheck|re check) (?:\w+ ){0,2}?(?:was|came back|is|were) (?:all )?(?:clean|clear"
    r"|fine|normal|negative|ok|okay)\b",
)
#: a twin is a relative after a possessive: "my twin had bowel cancer, me nothing like that" (not "my twin and i both had cancer":
#: the patient too) ...
FAMILY += (r"(?:(?<=\bmy )|(?<=\bme )|(?<=\bour )|(?<=\bhis )|(?<=\bher ))twi[n]",)
#: ... a word of its own, no dropped g: the Dutch car "twing[o]" made "twin" read as "twing" (bot/reading/redflags.py _street_tokens)
STREET.update({"twin": "twin"})

# ---- session 46R2 (issue 12): a leg told worse by the lifting, the pedals or a count over days; "nothing worse" ----
#: the foot or leg told harder to lift as the days go (a course): "each day it gets a little harder to lift my right foot", "my
#: left foot is getting harder to lift", "my foot is harder to lift every day" (not a state alone: "my foot is harder to lift")
WORSENING_PATTERNS += (
    r"\b(?:every|each) (?:single )?day\b(?: \w+){0,5}? (?:harde[r]|more difficul[t]|toughe[r]) (?:for me )?to (?:lift|rais[e]|pick up)"
    r" (?:up )?(?:my |me |the |that )?(?:left |right |bad |weak )?(?:foot|feet|leg|legs|toes?)\b",
    r"\b(?:foot|feet|leg|legs|toes?)\b(?: \w+){0,2}? (?:is |are |s )?(?:getting|gets|got|becoming|become[s]|grows?|growing) (?:a bit |a little "
    r"|much |way |even )?(?:harde[r]|more difficul[t]|toughe[r]) (?:and harde[r] )?to (?:lift|rais[e]|pick up)\b",
    r"\b(?:foot|feet|leg|legs|toes?)\b(?: \w+){0,2}? (?:is|are|s) (?:a bit |a little |much |way |even )?(?:harde[r]|more difficul[t]"
    r"|toughe[r]) to (?:lift|rais[e]|pick up)(?: up)? (?:(?:every|each) day|by the day|day by day|than (?:yesterday|the day before))\b",
    # the foot that cannot be got onto or off a car's pedal (the Dutch "ik krijg mijn voet niet op de rem"): "i cant get my foot onto
    # the brake properly", "cant get my right foot off the accelerator quick enough" (not when the pain is the reason)
    r"\b(?:cant|cannot|couldnt|can barely|can hardly|can no longer|no longer|struggl\w* to|unable to) (?:\w+ )?(?:get|lift|move|take"
    r"|brin[g]|put|swing) (?:my |me |the |that )?(?:left |right |bad )?(?:foot|leg) (?:\w+ )?(?:onto|on to|on|off|over to|across to|up to"
    r"|from) (?:the )?(?:brak[e]|accelerato[r]|gas|clutc[h]|throttl[e]|(?:gas |brak[e] |clutc[h] )?peda[l])s?\b"
    r"(?! (?:\w+ ){0,3}?(?:bike|bicycl[e]|because|cos|coz|due to)\b)",
)
#: a giving way counted up over the days (bot/reading/redflags.py _worsening_leg_net, with a failing leg): "my knee went on me
#: once on friday, twice on saturday and three times today" (not "once last month, not since")
WORSE_NOW += (r"(?:once|one time) (?:\w+ ){0,3}?(?:, |and |then )(?:\w+ ){0,3}?(?:twice|(?:two|three|four|five|several|\d+) times)",)
#: a worsening denied as "nothing worse": "my legs have been a bit weak since 2019, nothing worse" (not the pain's "nothing worse
#: than this pain")
_NOTHING_WORSE_46 = r"nothing (?:any |much )?worse(?! than (?:\w+ ){0,2}?(?:pain|ache|aching|agon[y]|this|that|it)\b)"
STABLE += (_NOTHING_WORSE_46,)
NOT_WORSE += (_NOTHING_WORSE_46,)
NOT_WORSENING += (_NOTHING_WORSE_46,)
# ---- session 46SB, issue 12: saddle places listed, one numbness word for all; the inside of the legs with the seat; a weak
# stream told by its force or its dribs ----
#: the whole of the places listed before, taken up by one numbness word (bot/reading/redflags.py _PLACES_THEN_ALL): "between my
#: cheeks and round the front, it's all gone dead", "... everything feels asleep"
ALL_PLACES = ("its all", "it s all", "it is all", "it all", "all of it", r"everythin[g]", "the whole lo[t]", "the whole are[a]")
#: between the buttocks told by the cheeks: "in between my cheeks"
AREA += (r"(?:in )?between (?:my |me |the |both )?cheek[s]",)
#: ... and the seat area as one's own: "my seat area and the insides of my legs" (not the car's or the bike's seat area)
AREA += (r"(?:(?<=my )|(?<=me ))seat (?:are[a]|regio[n])",)
#: the inside of the legs named with the bottom, the seat or the groin is the inner thighs (a rider's numb seat area, not both
#: legs): "my bum and the insides of my legs are numb", "the inside of my legs and my bottom"; "the inside of my upper legs"
#: always (not "the inside of both legs down to the ankles" alone: a leg's own numbness)
CROTCH_PHRASES += (
    (r"\b(?:the )?insides? of (?:my |me |the |both |both my )?uppe[r] leg[s]?\b", "crotchzone"),
    (r"\b(?P<area46>{AREA}) (?P<and46>and|n|plus) (?:the |my |me )?insides? of (?:my |me |the |both |both my )?leg[s]?\b",
     r"\g<area46> \g<and46> crotchzone"),
    (r"\b(?:the )?insides? of (?:my |me |the |both |both my )?leg[s]?\b(?= (?:and|n|plus) (?:my |me |the )?{AREA}\b)", "crotchzone"),
)
#: no force behind the stream: "when i wee theres no force behind it", "my pee has no pressure to it anymore", "at the urinal
#: forever, nae power behind it" (the wee, the loo or the urinal named before, no comma, fine, flush, shower, tap, kick or voice
#: between; the force said of "it" or of the stream: not "no pressure to rush", "no pressure at all")
_NO_FORCE_46 = (r"(?:no|hardly any|barely any|zero|not much) (?:real |proper )?(?:forc[e]|pressur[e]|powe[r]|oomp[h]) (?:behind|to|in)"
                r" (?:it|the (?:stream|flow|wee|pee))\b(?! (?:\w+ ){0,3}?(?:flus[h]\w*|cister[n]|showe[r]|tap|taps|hose)\b)")
_NOT_A_FIXTURE_46 = (r"(?!(?:showe[r]|tap|taps|hose|kettl[e]|sink|machin[e]|pump|flus[h]\w*|kick\w*|punc[h]\w*|swin[g]\w*|sho[t]s?|voic[e]"
                     r"|coug[h]\w*|fine|normal|ok|okay|alrigh[t]|bus|queu[e]|trai[n]|traffi[c]|phone|line|docto[r]\w*|surger[y]|hospita[l]|recepti\w*)\b)")
BLADDER_PATTERNS += (
    r"\b(?:{URINE}|peeing|weeing|pissin[g]|stream|toilet|loo|bog|lav|urina[l]|urinal[s])\b(?: " + _NOT_A_FIXTURE_46 + r"\w+){0,8}? "
    + _NO_FORCE_46,
    # a long wait there, then dribs or no force, the toilet unnamed: "stood there for ages, it comes out in dribs"
    r"\b(?:stood|stand(?:s|ing)?|sat|sit(?:s|ting)?|wait(?:s|ed|ing)?) (?:\w+ ){0,2}?(?:there|over it|at it|(?:the |a )?(?:bowl|pan"
    r"|toilet|loo|urina[l]|lav|bog))\b(?: \w+){0,2}? (?:for )?(?:ages|forever|for ever|an age|an eternity|a long time|so long)\b"
    r"(?: " + _NOT_A_FIXTURE_46 + r"\S+){0,10}? (?:(?:in )?drib[s]\b|" + _NO_FORCE_46 + r")",
    r"\b(?:{URINE}|peeing|weeing|toilet|loo|bog|urina[l]|bowl)\b(?: " + _NOT_A_FIXTURE_46 + r"\S+){0,10}? (?:in |only |just )*drib[s]\b",
    # weak as anything: "when i pee its weak as anything" (not the water's pressure: no "water" here)
    r"\b(?:pee|pees|wee|wees|piss|urine|peeing|weeing|pissin[g]|stream)\b(?: \S+){0,4}? weak as (?:anythin[g]|ow[t]|hel[l]|hec[k]"
    r"|dishwate[r]|a kitte[n])\b",
    # it dribbles out when one goes: "it only dribbles out when i go to the loo"
    r"\bit (?:\w+ ){0,2}?(?:dribbles|trickle[s]|dribble[d]|trickle[d]) (?:out )?(?:\w+ ){0,2}?(?:when|whenever|if|once) i (?:\w+ ){0,3}?"
    r"(?:pee|wee|piss|urinat[e]|go to the (?:toilet|loo|bathroom|lav|bog)|go for a (?:pee|wee)|have a (?:pee|wee))\b",
)
# ---- session 46R1 (issue 12): a road collision told by what hit what, the airbag gone off (TRAUMA_PATTERNS) ----
#: the vehicle that struck, not the patient's own ("my car went into the garage")
_HITTER_46R1 = r"(?<!\bmy )(?<!\bour )\b(?:" + _MACHINE[3:-1] + r"|coac[h]|4x4|jeep|suv|ute|drive[r]|tippe[r]|tanke[r])"
#: the gap after it crosses no near miss nor a might-have ("a car nearly hit my door", "a car could hit my bike")
_GAP_46R1 = r"(?: (?!(?:almost|nearl[y]|narrowl[y]|misse[d]|missin[g]|could|would|might|may|if|when)\b)\S+){0,8}?"
#: what was struck: the patient's own door, side, car or bike ("my driver door", "the side of my car", "our passenger side")
_STRUCK_46R1 = (r"(?:the (?:side|front|door|door[s]|wing) of )?(?:my|our|me) (?:(?:own|new|old|front|rear|back|passenge[r]|drive[r]|driver[s]|left"
                r"|right|car|cars|van) ){0,2}(?:door|door[s]|side|car|bike|bicycl[e]|scoote[r]|motorbik[e]|van|wing)\b"
                r"(?! of the (?:bed|road|stree[t]|hous[e]|garag[e]|driv[e]|room|fence|sofa|couc[h])\b)")
TRAUMA_PATTERNS += (
    # struck with a plain verb: "a car came from the side and hit my door", "a lorry smashed into my driver door", "a taxi
    # clipped the side of my car" (not "i hit my head on the car door", "a car nearly hit my door", "the car door is heavy")
    # (a verb of going only with "into": "a bus came into my side", not "a car came my way")
    _HITTER_46R1 + _GAP_46R1 + r" (?:(?:hit|smashe[d]|slamme[d]|crashe[d]|ramme[d]|bange[d]|clippe[d]|struc[k]|bumpe[d]|t ?bone[d])"
    r"(?: (?:righ[t]|straigh[t]|full|head on|hard|smac[k]))?(?: (?:into|in to|onto|against))?|(?:ploughe[d]|plowe[d]|ran|went|drov[e]"
    r"|came|careere[d]|pile[d]|barrelle[d])(?: (?:righ[t]|straigh[t]|full|head on|hard|smac[k]))? (?:into|in to|against)) " + _STRUCK_46R1,
    # the airbag gone off: "the airbag opened", "both airbags deployed" (not "the airbag light came on", "the airbag warning
    # light went off")
    r"\bairba[g]s? (?:(?!(?:ligh[t]|light[s]|warnin[g]|senso[r]|recal[l]|cove[r]|modul[e])\b)\w+ ){0,2}?(?:went off|go off|gone off"
    r"|goes off|deploye[d]|deplo[y]|opene[d]|blew|blew up|poppe[d]|poppe[d] out|explode[d]|fire[d]|inflate[d]|came out)\b",
)
# ---- session 46R1 (issue 12): night pain where no way of holding the body eases it, told in the patient's turns (NIGHT_PATTERNS) ----
#: any way the body is kept, held or put: "whichever way i keep my body", "any way i hold myself", "whatever position i put myself in"
_BODY_ANY_WAY_46R1 = (r"(?:whateve[r]|whicheve[r]|which ever|any|every|nomatte[r] (?:which|what|how)) (?:way|positio[n]|side|postur[e])"
                      r" (?:i|we) (?:keep|hold|put|place|set|turn|twist|arrang[e]|adjus[t]|shift|position|sit)(?: (?:my|me|the) (?:body|self|back"
                      r"|hips|legs)| myself| meself)?")
#: ... and the pain the same or no relief right after it
_SAME_46R1 = (r"(?:(?:it|the pain|pain|the ache|my back) (?:is|stay[s]|remain[s]|feels)|its|it s|(?<=, )) (?:always |still |just |exactly )?"
              r"(?:the )?same\b(?! as)|no relie[f]|{NO_RELIEF}")
NIGHT_PATTERNS += (
    # the night told before, anywhere in the sentence: "in the night the pain is full on, from 2 am i sit in the hall because
    # whichever way i keep my body it is same pain, no relief" (not "whatever way i sit at my desk it is the same": no night)
    r"\b{NIGHT_SCENE}\b" + _NIGHTS_OTHER_44 + r"(?: \S+){0,24}? " + _BODY_ANY_WAY_46R1 + r"\b(?: \S+){0,6}? (?:" + _SAME_46R1 + r")",
    # ... or right after: "whichever way i hold my body its the same pain all night"
    r"\b" + _BODY_ANY_WAY_46R1 + r"\b(?: \S+){0,6}? (?:" + _SAME_46R1 + r")(?: \S+){0,6}? {NIGHT_SCENE}\b",
)
# ---- session 46R3, issue 12: a past fever told as normal since; the patient first in a pair with cancer ----
#: a past fever told normal since, and staying so (bot/reading/redflags.py _GONE_NOW, only with a past in the fever's own clause):
#: "after that the temperature was normal and it stays normal", "since then it has stayed normal" (not "normal until last night",
#: "normal but it comes back at night": _NOT_NORMAL_AFTER_46)
_NOT_NORMAL_AFTER_46 = r"(?! (?:\w+ )?(?:until|till|til|but|except|apart from|then)\b)"
FEVER_GONE_NOW += (
    r"(?:temperature|temp|fever|thermometer) (?:was |is |has been |s |went |came |got |staye[d] |stay[s] |has staye[d] |remain[s] "
    r"|remaine[d] |has remaine[d] |kept |keep[s] )(?:back )?(?:to )?normal\b" + _NOT_NORMAL_AFTER_46,
    r"(?:after that|afterward[s]|since then|since) (?:it|its|it s|everything) (?:was |is |has been |went |came |staye[d] |stay[s] "
    r"|has staye[d] |remaine[d] |remain[s] )(?:back )?(?:to )?normal\b" + _NOT_NORMAL_AFTER_46,
    r"(?:it|its|it s) (?:stay[s]|staye[d]|has staye[d]|remain[s]|remaine[d]|has remaine[d]|kept|keep[s]|has kept) (?:\w+ )?normal\b"
    + _NOT_NORMAL_AFTER_46,
)
#: the patient named first in a pair whose clause tells the cancer (bot/reading/redflags.py _third_party): "me and my sister had
#: cancer" (the pair word before the relative; not "me and my sister went to see my dad, he has cancer": another clause)
PAIR_WITH_ME = (r"(?:me|i|myself) and",)
#: a sense told as normal (bot/reading/redflags.py _sense_told_normal): the feeling or the working told normal in the sentence,
#: read with a plain "feel nothing" ("i feel nothing in my legs and everything works normally": nothing unusual); a touch or cold
#: felt well ("i could feel the cold fine on my bum"); a loss told keeps the sign ("i feel nothing anymore"); the seat told cold
SENSE_NORMAL = (
    r"(?<!not )(?<!isnt )(?:the )?(?:sensation|feeling|sensatio[n]s|feelin[g]s) (?:\w+ ){0,3}?(?:is|s|are|feels|seems) "
    r"(?:all |completely |totally |perfectly |just |quite )?(?:normal|fine|ok|okay|unchanged)\b(?! (?:\w+ )?(?:but|except|apart)\b)",
    r"(?<!not )(?:everything|it all|they|both|all) (?:still )?(?:works?|is working|are working|function[s]|move[s]|feels|feel) "
    r"(?:just |completely |perfectly |totally )?(?:normal|normally|fine|as normal|as usual|ok|okay|properly)\b"
    r"(?! (?:\w+ )?(?:but|except|apart)\b)",
)
FELT_WELL = (r"(?:feel|felt|feeling) (?:the |that |it |everything|all )(?:\w+ ){0,3}?(?:fine|normally|properly|perfectly|alright"
             r"|all right|everywher[e])\b",)
NOTHING_FELT_PLAIN = (r"(?:feel|felt|feeling|feels) nothing",)
SENSE_LOST = (r"anymore|any more|no longer|no more|lost|losing|gone|not working|dont work|doesnt work|wont work",)
SEAT_TOLD_COLD: tuple = ()
#: ... a felt-well denied or hardly so, in the match or the three words before it: "i couldnt feel the cold seat fine"
FELT_WELL_DENIED = ("cant", "couldnt", "cannot", "can not", "could not", "not", "never", "dont", "didnt", "doesnt", "hardly", "barely",
                    "wont", "nothing", "less")
#: ... or told with a place left out after it: "i feel everything fine except around my bum"
FELT_WELL_EXCEPT = ("except", "apart from", "other than", "but not", "besides")

# ---- session 46R4 (issue 12): a thing that fell and the patient did not; a relative's legs failing each time worse ----
#: bigger things that fall, read as the fall's subject only with the patient told as not falling after it (NOT_ME_FELL;
#: bot/reading/redflags.py fallen_thing): "the crate fell off the shelf but i stayed on my feet" (not "a box fell on my back")
FALLEN_OBJECTS = ("bo[x]", "boxe[s]", "crat[e]", "crate[s]", "ladde[r]", "stepladde[r]", "plant po[t]", "flower po[t]", "plantpo[t]",
                  "ba[g]", "bag[s]", "shopping ba[g]", "suitcas[e]", "chai[r]", "bucke[t]", "bi[n]")
#: the patient told as not falling: "but not me", "i stayed on my feet", "i kept my balance", "i didnt fall", "i managed to
#: stay upright" (at the end of its clause)
NOT_ME_FELL = (r"(?:but|and) not me\b", r"(?:but|and|,) (?:i|me) (?:didnt|did not|didn t)(?: (?:fall|go down|go over))?(?= ,| \.|$)",
               r"(?:i|me) (?:myself )?(?:didnt|did not|didn t|never) (?:fall|go down|go over)\b",
               r"i (?:stayed|stood|kept|remained|managed to stay|managed to keep|was able to stay) (?:on my feet|upright|standing|my balance"
               r"|my feet|up)\b")
#: each time worse: "my wife's legs gave out again, each time worse", "every time a bit weaker"
WORSE_NOW += (r"(?:each|every) (?:single )?time (?:(?:its|it s|it is|it gets|theyre|they are|they get) )?(?:a (?:bit|little|lot) |even |much "
              r"|slightly )?(?:worse|weaker)\b",)
# ---- session 46, the lead (issue 12): a fever kept down by a painkiller that comes back ----
#: the fever or temperature named, then "it" that comes back after a contrast: "the temperature went down with paracetamol but
#: it comes back at night" (read {} before; the Dutch and French forms were read). Not "it never came back", "it doesnt come back"
FEVER_PATTERNS += (r"\b(?:fever|temp|temps|temperature)\b(?: \w+){0,6}? (?:but|then|and then) (?:it|its|it s|the fever|the temp"
                   r"|the temperature) (?:always |just |still |keeps |keep )?(?:(?:comes|came|coming|creep[s]|shoot[s]) back|(?:goes|went|shoot[s]) up again)\b",)
# ---- session 47R8 (issue 12): falls told in slang, the company named before the fall ----
#: a fall told in slang (bot/reading/redflags.py TRAUMA_RULES): "hit the deck on the ice", "went sprawling over a slab", "went a
#: right purler", "went smack onto my tailbone", "took a header down the steps", "bit the dust on the wet floor", "ate pavement"
#: (not "my laptop bit the dust": a thing; not "took a header" at football: no stairs or ladder after it; not "went splat" of plans)
TRAUMA_PATTERNS += (
    r"(?:^|(?<=, )|(?<=\band )|(?<=\bthen )|(?<=\bjust )|(?<=\bso )|(?<=\bi ))(?:hit|hittin[g]) the dec[k]\b(?! (?:to|when|if|for)\b)",
    r"\b(?:went|go|goes|going|gone|sent me|sent) sprawlin[g]\b",
    r"\b(?:went|came|come|took|done|did) (?:a |one )?(?:right |proper |real |nasty |big |hell of a )?purle[r]\b",
    r"\b(?:went|came|come|landed|crashed) (?:spla[t]|smac[k]|wallo[p]|cras[h]|thum[p]) (?:down )?(?:on|onto|into|in|across) (?:the |my |a |some |that |me )?(?:\w+ )?"
    r"(?:ice|floor|pavemen[t]|path|tile[s]|stairs?|steps?|kerb|curb|road|drivewa[y]|back|bum|arse|backside|tailbon[e]|coccy[x]|bottom|butt)\b",
    r"\btook (?:a |one )?(?:\w+ )?heade[r] (?:down|off|over|from) (?:the |my |a |some |our |that )?(?:\w+ )?(?:stairs?|steps?|ladder|stepladde[r]|bike"
    r"|wall|kerb|curb|roof|handlebar[s]|trampolin[e]|horse|stool|chair)\b",
    r"(?:^|(?<=, )|(?<=\band )|(?<=\bthen )|(?<=\bjust )|(?<=\bso )|(?<=\bi ))(?:bit|bitte[n]) the dus[t]\b",
    # the patient ate it, not the dog (session 47, landing: "the dog ate some gravel on the walk", 24T)
    r"(?:^|[,.;!] |\bi(?: ve| have| just| properly| literall[y]| totally)* )(?:ate|eate[n]) (?:the |some )?(?:pavemen[t]|concret[e]|tarma[c]|grave[l]|asphal[t])\b",
)
#: the company the patient was with, no subject of the fall (bot/reading/redflags.py _someone_else): "with my son", "with the kids"
COMPANY_OF = ("with", "along with", "together with")
#: a he, she or they among the fall's subject words: the company may be the one who fell ("i was with my son and he fell")
OTHER_SUBJECTS = ("he", "hes", "she", "shes", "they", "theyre", "him", "her")
# ---- session 47R5 (issue 12): a leg task done less and less, step by step; legs that have been losing strength ----
#: the leg's tasks and tests a decline is told by (bot/reading/redflags.py _declining_task_net): tiptoes, heels, the big toe,
#: the stairs and their rail, getting up out of a seat
DECLINE_TASK = (r"tip ?toe[s]?", r"toes", r"heel[s]?", r"big toe", r"stair[s]?", r"steps", r"banniste[r]s?", r"baniste[r]s?",
                r"handrai[l]s?", r"rail", r"pull\w* (?:myself|me) up",
                # a seat only with getting up out of it: "get off the couch", "stand up from the armchair"
                r"(?:stand|stood|standing|get|got|getting|gettin[g]|push\w*|pull\w*) (?:myself |me )?(?:up )?(?:from|off|out of|up from) "
                r"(?:the |my |a |an |that )?(?:couc[h]|sofa|sette[e]|armchai[r]|chai[r]|recline[r]|seat|toile[t]|loo)")
#: a lessened step told before the lost one: "barely", "just about", "first", "then"
DECLINE_LESS = (r"just about", r"only just", r"barely", r"hardly", r"with difficult[y]", r"struggl\w*", r"less and less")
#: ... or a first step of a series told with the task in its own clause: "first i needed one hand on the rail"
DECLINE_FIRST = (r"(?:at )?first", r"then", r"after that")
#: the step lost: "not at all", "no longer", "cant ... the stairs" (a task within four words of the "cant")
DECLINE_NONE = (r"at all", r"any ?more", r"no longer", r"no more",
                r"(?:cant|couldnt|cannot|can not|could not|can t|couldn t|unable to|wont|wouldnt)(?: \w+){0,4}? {DECLINE_TASK}")
#: another cause told for it: the pain, a cramp ("i could barely walk because of the pain", "my calf was cramped")
DECLINE_OTHER_CAUSE = (r"because of (?:the |my |this |that )?(?:pain|agon[y]|cram[p]\w*|stiffnes[s]|sorenes[s])",
                       r"(?:from|due to|with) (?:the |my )?pain\b", r"too (?:painful|sore)", r"hurts? too much", r"cram[p]\w*")
#: ... legs that have been losing strength or power ("my right leg has been losing strength all week")
WORSENING_PATTERNS += (r"\b(?:leg|legs|foot|feet) (?:have been|has been|ve been|s been|been|started|started to|keep on|keeps on) "
                       r"(?:losing|lose) (?:its |their |all |some |a lot of |a bit of )?(?:strength|power)\b",)
#: ... "my legs" or "both legs" losing strength or power: both legs ("both legs have been losing power since easter")
BOTH_LEGS_WEAK_PATTERNS += (r"\b(?:both (?:of )?(?:my |me |the )?|my |me )legs (?:(?!(?:not|no|never|arent|isnt|havent|hasnt|didnt|dont"
                            r"|wasnt|werent|but|or)\b)\w+ ){0,2}?(?:losing|lose|loses) (?:its |their |all |some |a lot of |a bit of )?"
                            r"(?:strength|power)\b",)
#: a worsening told of these is no course of the legs: "my back is getting worse, i can barely walk ..."
DECLINE_WORSE_NOT_OF = ("back", "spine", "sleep", "sleeping")
#: a lessened step told of feeling is no weakness: "i hardly feel my toes and now not at all"
DECLINE_FELT = (r"fee[l]\w*", r"felt", r"numb\w*", r"sensatio[n]\w*", r"tinglin[g]")
# ---- session 47R6 (issue 12): a strength never got back after an operation; a fever told as not come back ----
#: the legs' strength never got back, regained or come back (session 47R6; read with both legs, stable when the sentence tells a
#: stable course, else worsening): "both my legs never got their full strength back", "never regained their strength", "the
#: strength in both legs never came back" (not "got their strength back", "my legs are strong again")
WEAK += (r"(?:never|not|havent|hasnt|have not|has not|didnt|did not|hadnt|had not) (?:\w+ ){0,2}?(?:(?:got|gotte[n]|get|won) (?:back )?"
         r"(?:(?:all|the|their|its|my|full|old|normal|forme[r]|of|much|any) ){0,3}?(?:strength|power)(?! back\b(?: \w+)? (?:and|but)\b)"
         r"|(?:regaine[d]|recovere[d]) (?:(?:all|the|their|its|my|full|old|normal|forme[r]|of|much|any) ){0,3}?(?:strength|power))\b",
         r"(?:strength|power) (?:\w+ ){0,4}?(?:has |had )?(?:never|not) (?:\w+ )?(?:come|came|returne[d]) back\b",)
#: the fever told as not come back, come down fully before it or not (session 47R6; bot/reading/redflags.py _OVER_NOW, the fever
#: word the over phrase's own): "the fever came down fully and has not come back since", "my temp hasnt come back" (not "has not
#: come back down", "not returned to normal": still a fever; not a fever come back after it)
FEVER_OVER += (r"(?:the |my |me |that )?(?:fever|temperature|temp)(?: s)? (?:(?:has|had|finally|already|completely|totally|fully|properly"
               r"|then) )*(?:(?:went|gone|come|came) (?:right |completely |all the way |properly |fully )?down(?: (?:fully|completely|totally"
               r"|properly|for good))? (?:and |, )(?:it |then )?)?(?:has not|hasnt|have not|havent|had not|hadnt|did not|didnt|never|not)"
               r" (?:once |yet |ever |since )?(?:come back|came back|returne[d]|been back)\b(?! (?:\w+ )?(?:down|to normal|to baseline|below|under)\b)"
               r"(?!(?: \S+){0,15}? {RECURRED}\b)",)
# ---- session 47, round R7 (issue 12): a weak stream told as pee that dribbles behind hedge words, or that has no pressure ----
#: the pee that dribbles or trickles behind hedges (the plain "my pee just dribbles" was read): "my pee just sort of dribbles out",
#: "the wee kind of just trickles"; the pee or the stream with no pressure, force or power: "my pee has no pressure anymore", "my wee
#: has got no power behind it" (the own or the pee's stream only: not "the water pressure in the shower"; not "no pressure problems")
_HEDGES_47R7 = r"(?:just|only|kind of|kind[a]|sort of|sort[a]|like|really|mostl[y]|basically|literall[y]|kind a|sort a)"
BLADDER_PATTERNS += (
    r"\b(?:pee|wee|urine|piss)\b (?:" + _HEDGES_47R7 + r" ){1,4}(?:dribbl\w*|trickl\w*)\b",
    r"\b(?:(?:my|me|the) (?:pee|wee|urine|piss)|(?:my|me) (?:pee |wee |urine )?(?:stream|flow))\b (?:(?:has|had|has got|have got|got|s got"
    r"|comes out with|came out with|comes with) )?(?:no|zero|hardly any|barely any|not much|not any|very little) (?:real |proper )?"
    r"(?:pressur[e]|force|power|push)\b(?! (?:\w+ )?(?:problem\w*|issue\w*|troubl\w*|pain\w*|on\b|in my)\b)",
)

# ---- session 47R9 (issue 12): a fever told as a reading of every evening, or as not back to normal ----
#: the times a temperature is read again and again (bot/reading/redflags.py _SHARED_FEVER, READING_TIME): "always 38 in the
#: evening", "every night its 38 again", "38 every morning" (the decimals were read already)
READING_TIME = FEVER_EVERY_EVENING + (r"(?:every|each) mornin[g]", r"in the mornin[g]s", r"nightl[y]", r"in the evenin[g]")
#: what may follow such a whole degree: "38 again every night", "every night 38 or so"
READING_AFTER = ("agai[n]", "or so", "or mor[e]", "or highe[r]", "or abov[e]", "is[h]", "plu[s]")
#: a thing's temperature, not the person's ("the bath at 38 every evening", "38 outside every afternoon")
READING_NOT_BODY = ("bat[h]", "wate[r]", "outsid[e]", "ove[n]", "roo[m]", "weathe[r]", "su[n]", "showe[r]", "poo[l]", "saun[a]", "thermosta[t]",
                    "heatin[g]", "hous[e]", "ca[r]", "kitche[n]", "garde[n]", "tu[b]")
#: ... nor a number named by what it is ("the 38 every morning" is a bus)
READING_NOT_BEFORE = ("th[e]", "bu[s]", "roo[m]", "pag[e]", "rout[e]", "lin[e]", "numbe[r]", "no", "siz[e]", "gat[e]", "platfor[m]", "fla[t]")
#: ... nor a time of leaving (session 47R10): "we leave at 38 every morning", "every morning we leave at 38"
READING_NOT_BEFORE += ("leav[e] at", "leave[s] at", "leavin[g] at", "lef[t] at", "of[f] at", "star[t] at", "start[s] at")
#: a temperature told as not back to normal, or not coming down: "the temperature hasnt returned to normal", "my temperature wont
#: come down", "my temp is still not normal" (not "back to normal for a week", "the fever has not come back": R6)
FEVER_PATTERNS += (
    r"\b(?:fever|temp|temps|temperature|temprature)(?: \w+){0,3}? (?:hasnt|has not|havent|have not|isnt|is not|wasnt|was not|"
    r"didnt|did not|doesnt|does not|wont|will not|cant|cannot|never|not|still not|not yet|still hasnt|still isnt|still wont|"
    r"refuse[s] to|refusin[g] to)(?: \w+)? (?:returne[d]|retur[n]|returnin[g]|gone back|go back|goin[g] back|went back|come back|"
    r"came back|comin[g] back|got back|get back|gettin[g] back|been back|back) to normal\b",
    r"\b(?:fever|temp|temps|temperature|temprature)(?: \w+){0,3}? (?:is |s )?(?:still )?(?:not|isnt|is not|never) (?:yet )?normal\b",
    r"\b(?:fever|temp|temps|temperature|temprature)(?: \w+){0,3}? (?:wont|will not|doesnt|does not|isnt|is not|not|cant|never|"
    r"still not|still wont|refuse[s] to|refusin[g] to)(?: \w+)? (?:(?:come|comin[g]|go|goin[g]|get|gettin[g]) (?:down|off)|"
    r"(?:dro[p]|droppin[g]|budg[e]|budgin[g]|settl[e]|settlin[g]|eas[e]|easin[g])(?: down| off)?)\b"
    r"(?! (?:\w+ )?(?:up|highe[r]|abov[e]|over|past|beyon[d]|to 3[5-7]|below 3[5-7])\b)",
)

#: an animal asleep on the area (session 47R10, bot/reading/redflags.py _being_asleep_on_area): "my cat falls asleep on my bum"
SLEEPS_ON = (r"slee[p]\w*", "slep[t]", "aslee[p]", "nap[s]?", "nappin[g]", "lie[s]", "lyin[g]", "lay[s]", "curle[d] up", "curl[s] up")
#: ... the area after one of these
AREA_SLEPT_ON = ("on", "upo[n]", "acros[s]", "agains[t]", "betwee[n]")
