/**
 * Hand-kept word lists that complement the faker dictionaries. Space-separated for
 * readability; split once when the dictionaries are built.
 */

/** Common English words that are also in the name lists (a capital letter alone does not make them names). */
export const COMMON_NAME_WORDS = `will may mark grant bill art rich guy pat don ray jack page hope faith joy grace chase
frank earnest august april june rose iris ruby crystal dawn eve sunny summer autumn winter spring sky storm rain
river brook forest ash bud buck rocky rusty sandy misty dusty lane hill wood woods king price young long short little
strong white black brown green gray grey golden bell ball case cook hall ward park rice sharp stark swift wolf fox
hunter baker carter walker turner cooper miller mason potter fisher porter parker booth bush chance clay cliff dale
dean drew glen heath holly ivy jade jewel kay lily major marsh merry mercy miles nick norm penny pierce reed rob rod
sterling stone terry trinity victory wade wren an can did do go he her him his i in is it me my no of on or so the to
up us we all and any are but by for had has how its not now one our out see she too two was who why yes you new old
top van von de del la le di da du des der den het bay field fields street road lane way avenue court place drive
center centre north south east west central general royal saint st mount lake port fort early late day night
morning evening today tomorrow yesterday week month year date time hour minute second first last next prior
patient doctor nurse provider physician mother father son daughter wife husband brother sister family friend
unknown none null true false yes test sample example demo user admin guest staff team member clinic hospital
lab labs pharmacy medical health care home office unit room bed floor ward wing building campus service services
note notes report reports result results record records status type value name names id code codes system
active inactive pending final completed cancelled canceled draft open closed new old high low normal abnormal
positive negative male female other left right bilateral upper lower anterior posterior mild moderate severe acute
chronic stable unstable critical routine urgent stat daily weekly monthly twice once oral iv im sc po prn bid tid qid
hs ac pc tablet tablets capsule capsules dose doses solution injection cream ointment drops spray patch
summary history plan assessment diagnosis impression findings exam examination review vitals allergies medications
problems procedures immunizations labs imaging social surgical past present chief complaint reason visit follow
discharge admission admit transfer consult consultation referral progress order orders instructions education
signed reviewed approved verified authored entered updated created modified deleted amended
sunday monday tuesday wednesday thursday friday saturday january february march april may june july august september
october november december jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
america american english spanish french german chinese english mr mrs ms miss dr prof sir madam
christian christmas easter god lord jesus church mission memorial union liberty justice freedom harmony
practitioner practitioners manager station supervisor assistant aide educator navigator coordinator specialist
technician tech anesthetist anaesthetist midwife practice triage charge float agency student resident intern fellow
attending hospitalist intensivist on-call covering call desk line team pool services
lot batch bay pod full code comfort hospice palliative isolation contact droplet airborne precautions fall risk ambulatory
moody gentle noble bright wise snow frost knight bishop summers lovely
`;

/**
 * Words of family and care in te reo Māori that notes in English write capitalized ("Whānau
 * present", "Kaumātua attended"): common words, no names, with and without their macrons.
 */
export const CARE_WORDS_MAORI = `whānau whanau kaumātua kaumatua kuia koroua tamariki mokopuna pēpi pepi hapū hapu iwi
marae kaiāwhina kaiawhina kaimahi tangata tāngata whaiora tūroro turoro rongoā rongoa hauora kaupapa tikanga karakia`;

/** Clinical vocabulary that starts sentences and headings; never a name by itself. */
export const CLINICAL_WORDS = `assessment plan history impression diagnosis diagnoses findings subjective objective
vitals allergies medications medication meds problem problems procedure procedures labs laboratory imaging radiology
pathology cardiology neurology oncology pediatrics pediatric obstetrics gynecology psychiatry dermatology urology
nephrology gastroenterology pulmonology endocrinology rheumatology hematology orthopedics ophthalmology emergency
triage icu ccu nicu picu er ed or pacu ob gyn ent copd chf cad ckd esrd dm htn hld gerd uti uri mi cva tia dvt pe
afib bp hr rr temp spo2 bmi wbc rbc hgb hct plt bun cr gfr egfr alt ast alp inr pt ptt tsh a1c hba1c ldl hdl
ecg ekg echo mri ct cta pet xray x-ray ultrasound biopsy culture panel cbc cmp bmp ua
hypertension diabetes asthma pneumonia sepsis influenza covid anemia obesity depression anxiety dementia
stroke cancer carcinoma lymphoma leukemia melanoma tumor fracture infection injury pain fever cough nausea vomiting
headache fatigue dizziness syncope seizure rash edema dyspnea
blood pressure heart rate respiratory oxygen saturation temperature weight height glucose insulin sodium potassium
chloride calcium magnesium creatinine hemoglobin platelets cholesterol triglycerides troponin lactate
mg mcg kg ml mmol mmhg bpm units unit tab tabs cap caps qd qhs q4h q6h q8h q12h
cont contd resume hold incr decr titrate taper wean
refill refills voicemail voicemails specimen specimens sample samples message messages consent consents script
scripts letter letters catheter catheters supplies prescription prescriptions referral referrals results report
reports paperwork request requests order orders records chart note notes dressing dressings wound kit kits pump
meter strips sensor sensors inhaler inhalers nebulizer concentrator wheelchair brace splint sling prosthesis
dentures pills tablets capsules injection injections vaccine vaccines booster dose doses bottle package packet
envelope mail email text reminder reminders notification alert invoice statement payment copay deductible claim
claims appeal authorization approval denial receipt summary transport ambulance ride
`;

/** Drug and device names (brand and generic) that must survive. */
export const DRUG_AND_DEVICE_NAMES = `tylenol advil motrin aleve lipitor zocor crestor norvasc lasix coumadin eliquis
xarelto plavix synthroid glucophage januvia lantus humalog novolog ozempic wegovy mounjaro trulicity jardiance
farxiga zoloft prozac lexapro celexa paxil wellbutrin cymbalta effexor xanax ativan valium klonopin ambien seroquel
abilify risperdal zyprexa lamictal keppra depakote dilantin tegretol neurontin lyrica ultram percocet vicodin norco
dilaudid oxycontin zofran protonix nexium prilosec pepcid zantac flomax proscar cialis viagra singulair zyrtec
claritin allegra benadryl flonase ventolin proair advair symbicort spiriva prednisone medrol augmentin keflex cipro
levaquin bactrim zithromax doxycycline amoxicillin vancomycin zosyn rocephin humira enbrel remicade keytruda opdivo
herceptin avastin revlimid entresto toprol lopressor coreg zestril prinivil diovan cozaar benicar aldactone
cardizem lanoxin nitrostat imdur heparin lovenox tamiflu paxlovid narcan suboxone adderall ritalin concerta vyvanse
strattera aricept namenda sinemet requip mirapex imitrex topamax fosamax boniva premarin estrace provera clomid
metformin lisinopril atorvastatin simvastatin amlodipine losartan warfarin apixaban rivaroxaban aspirin ibuprofen
acetaminophen paracetamol naproxen gabapentin pregabalin levothyroxine omeprazole pantoprazole esomeprazole
furosemide hydrochlorothiazide sertraline fluoxetine escitalopram citalopram bupropion duloxetine venlafaxine
trazodone tramadol oxycodone hydrocodone morphine fentanyl naloxone ondansetron albuterol montelukast cetirizine
loratadine azithromycin ceftriaxone cephalexin ciprofloxacin levofloxacin clopidogrel rosuvastatin pravastatin
carvedilol metoprolol atenolol propranolol spironolactone digoxin diltiazem verapamil nitroglycerin enoxaparin
dabigatran prednisolone dexamethasone methylprednisolone hydrocortisone allopurinol colchicine tamsulosin finasteride
sildenafil tadalafil semaglutide liraglutide dulaglutide tirzepatide empagliflozin dapagliflozin sitagliptin glipizide
glyburide pioglitazone lorazepam alprazolam clonazepam diazepam zolpidem quetiapine aripiprazole risperidone
olanzapine haloperidol lithium lamotrigine levetiracetam valproate phenytoin carbamazepine topiramate donepezil
memantine carbidopa levodopa ropinirole pramipexole sumatriptan alendronate penicillin ampicillin cefazolin
clindamycin metronidazole nitrofurantoin sulfamethoxazole trimethoprim acyclovir valacyclovir oseltamivir
remdesivir ivermectin hydroxychloroquine methotrexate adalimumab infliximab etanercept rituximab pembrolizumab
nivolumab trastuzumab bevacizumab cisplatin carboplatin paclitaxel docetaxel doxorubicin cyclophosphamide
tamoxifen letrozole anastrozole insulin glargine lispro aspart detemir degludec epinephrine norepinephrine
dopamine dobutamine vasopressin propofol midazolam ketamine etomidate succinylcholine rocuronium vecuronium
lidocaine bupivacaine ketorolac meloxicam celecoxib diclofenac famotidine ranitidine sucralfate docusate senna
bisacodyl polyethylene miralax dulcolax colace zinc vitamin thiamine folate folic cyanocobalamin ferrous
medtronic dexcom omnipod tandem philips stryker zimmer baxter alaris pyxis epic cerner meditech allscripts
athenahealth accu-chek freestyle libre guardian minimed cpap bipap biPAP trilogy hamilton puritan bennett
impella ecmo lvad picc foley holter doppler forte
magnetom somatom biograph signa ingenia achieva aquilion vantage lightspeed sigma spectrum plum medfusion
kangaroo sapphire mako navio micra azure watchman mitraclip heartmate cardiomems zoll lifevest lifepak autopulse
prevena versajet airsense astral optiflow vapotherm servo evita
breztri bevespi aerosphere trelegy ellipta breo anoro incruse stiolto respimat handihaler toujeo tresiba basaglar
semglee lyumjev fiasp zio kardia biotel
`;

/** Eponyms of diseases, signs, scales and devices that are never anyone's name in clinical text. */
export const EPONYMS = `dix-hallpike hallpike epley alzheimer alzheimers parkinson parkinsons crohn crohns hodgkin hodgkins asperger aspergers
tourette tourettes foley holter doppler apgar heimlich valsalva trendelenburg achilles kaposi kawasaki lyme
hashimoto hashimotos raynaud raynauds sjogren sjögren sjogrens guillain marfan marfans wilms ewing burkitt meniere
ménière menieres glasgow braden karnofsky snellen ganz whipple nissen lachman babinski romberg mcburney
mallampati korotkoff kussmaul cheyne hirschsprung meckel klinefelter ehlers danlos dupuytren bartholin purkinje
broca wernicke korsakoff giemsa cockcroft mantoux papanicolaou coombs tinel phalen homans rovsing chvostek
trousseau kernig brudzinski osgood schlatter perthes lisfranc monteggia galeazzi bankart swan-ganz cheyne-stokes
epstein-barr guillain-barré guillain-barre tay-sachs ehlers-danlos hill-sachs osgood-schlatter legg-calve-perthes
child-pugh cockcroft-gault brown-sequard brown-séquard wolff-parkinson-white stevens-johnson creutzfeldt-jakob
charcot-marie-tooth arnold-chiari fallot ziehl neelsen westergren boerhaave zenker schatzki friedewald groshong
port-a-cath jackson-pratt
`;

/** Romanized surnames and given names common in patient populations but absent from the locale lists. */
export const EXTRA_SURNAMES = `wang li zhang liu chen yang huang zhao wu zhou xu sun zhu hu guo lin luo gao zheng liang
xie tang feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding shen kim lee park
choi jung kang cho yoon jang lim han shin seo kwon hwang ahn song hong sato suzuki takahashi tanaka watanabe ito
yamamoto nakamura kobayashi kato yoshida yamada sasaki yamaguchi matsumoto inoue kimura hayashi shimizu mohammed
muhammad mohamed ahmed ahmad ali hassan hussein hussain ibrahim khan abdullah omar rahman malik sheikh qureshi
siddiqui chaudhry patel shah singh kumar sharma gupta verma reddy rao iyer nair menon pillai das bose banerjee
chatterjee mukherjee nguyen tran le pham hoang phan vu vo dang bui do ho ngo duong ly garcia rodriguez martinez
hernandez lopez gonzalez perez sanchez ramirez torres flores rivera gomez diaz cruz morales reyes gutierrez ortiz
okafor okeke adeyemi oluwaseun mensah owusu boateng kamau otieno mwangi
`;

export const EXTRA_GIVEN_NAMES = `wei jing li ming hui yan xin jun hao yu lei fang ying min jie tao chen jian hong
mei ling xiaoming xiaoli ji-woo min-jun seo-yeon ji-hoon hiroshi takeshi yuki haruto sakura yui kenji akira mohammed
muhammad ahmed ali omar fatima aisha yusuf ibrahim hassan khalid layla zainab mariam priya raj ravi anil sunita
deepak arjun ananya vikram pooja rahul neha amit sanjay lakshmi krishna thanh huong linh minh tuan duc quang
jose juan luis carlos miguel jorge maria guadalupe lucia sofia camila valentina mateo santiago chidi ngozi emeka
adaeze kwame kofi ama abena amara oluwaseun tunde folake wanjiru
`;

/** Teams, services and wards that a message asks after or a task is handed to ("covering ortho", "routed to surgery"). */
export const TEAM_WORDS =
  'pod pods ortho peds neuro cards cardiology onc oncology surg surgery gyn uro urology renal pulm psych medicine trauma gi ent nursery hall wing unit team service gen hospitalist';
