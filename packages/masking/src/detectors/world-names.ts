/**
 * Common given names and family names of naming traditions the faker locales hardly cover
 * (Arabic, Persian, Hebrew, Malay, Chinese, Japanese, Korean and Vietnamese romanizations,
 * South Asian, Filipino, East, southern and West African, Pacific, Russian and Ukrainian in
 * Latin letters, German and Afrikaans forms with umlauts and ß), and short English given names
 * that are also words ("Rich", "Cliff"). Space-separated; split once when the dictionaries are
 * built. A word that is also an English word keeps its common-word flag: a dictionary entry
 * alone does not make "Will" or "Hope" a name.
 */

export const WORLD_GIVEN_NAMES = `
ahmad ahmed abdulrahman abdulaziz abdullah abdul adel amal amir anas asma aziz bader bilal dalia dana fahad
faisal faris fatimah fatma ghada ghassan hadi haifa hamad hamza hana hatem hessa huda ismail jaber jamal
jumana kareem karim khadija khalid latifa lina maha mahmoud majid manal mansour marwan mazen mona mustafa
nabil nadia nasser noura nour osama qasim rami rania rasha rashid reem sahar saeed salma sami samira sultan
suha tariq wafa waleed walid yasmin yasser yousef youssef yusuf zayed ziad safiya sumaya ruqayya
mohd muhammad azlan hafiz faizal siti nurul aishah hajar farah aminah zulkifli rosli azman hasnah norhayati
rohani zainal kamal hakim amirul syafiq syafiqah haziq irfan danial izzat shafiq nabila aqilah athirah balqis
hidayah izzati najwa noor norazlina
guoliang haitao jianguo jianjun weidong yanping guiying xiuying lihua xiaoping jianhua zhiqiang yongmei hongmei
xiuzhen jianping jianhong haiyan xiaohong dongmei lijuan xiaoyan yufeng
boon huat kok leong keong hock kiat beng choon siew swee kheng
bao chao chun cong fei feng guo hai hao heng hong hua huan hui jia jian jiang jie jin jing jun lei lian liang
ling mei ming ning peng qian qiang qin qing rong rui shan sheng tao ting wei wen xia xiang xiao xin xing xiu
yan yang ying yong yuan yue yun zhen zheng zhi zhong zhu pei yi
ji-hoon min-jun seo-yeon eun-ha sung-min hye-jin jae-won ji-yeon su-bin min-ji ji-woo seo-jun ha-eun do-yun
ye-jin hyun-woo jun-ho young-ho sang-hoon dong-hyun eun-ji ji-min soo-jin hye-won yoon-seo min-seo ji-ho
ha-yoon seung-hyun jae-hyun kyung-soo mi-young jung-hoon sun-hee
revathi revathy deepthi nandakumar sandeep harish meenakshi gurpreet kavya venkatesh mohan srinivas padma anand
suresh ramesh mahesh ganesh rajesh dinesh naresh mukesh rakesh umesh vijay ajay sunil arun kiran manoj prakash
satish girish vinod ashok rajiv sanjeev rohit vivek nikhil gaurav abhishek aditya akash ankit anuj ashish
karan kunal manish mayank nitin pankaj pranav rohan sachin saurabh shubham siddharth sumit tarun varun
vikas vishal aarti anjali anita archana bhavna deepa divya geeta jyoti kajal kavita komal madhu manisha meena
monika nisha pallavi preeti rekha renu ritu sapna seema shalini shilpa shweta sonia suman swati usha vandana
aishwarya priyanka harpreet manpreet simran jaspreet balwinder kuldeep jaswinder paramjit sukhwinder rajinder
navjot amandeep lakshman venkat murali senthil karthik prabhu balaji ramya sowmya keerthi anusha shruti bhavya
chaitanya harini janani kavitha lavanya nandini pavithra sangeetha vidya madhavi radha sarita saroj savitri
shanti sushila uma
maricel analyn rodel reynaldo cristina jocelyn marites rowena jennilyn arnel jomar rommel ronaldo
edgardo teodoro leonora marilou rosalinda erlinda perla divina nenita virgilio danilo rolando ernesto rogelio
wilfredo marivic lourdes gemma lorna lovely rhea mylene jonalyn ailyn rhodora
thandiwe lwazi sipho themba busisiwe nomvula thabo lerato bongani sibusiso nokuthula zanele mandla siyabonga
ayanda buhle nandi thulani lindiwe mpho tshepo kagiso karabo palesa refilwe tumelo naledi khanyisile andile
sizwe vusi zodwa nonhlanhla thulisile phumzile sibongile dumisani nkosinathi lungile
riaan johan hendrik jaco werner anri elmarie annelie charlene chantelle liesl marike ruan wian zelda
folasade chiamaka chukwuemeka babatunde funmilayo olufemi adebayo adewale abiodun ayodele bolaji damilola
ifeoma ikechukwu kehinde taiwo nkechi obinna olumide temitope tolulope uchenna yetunde chinedu chidinma amaka
nneka
anneliese jutta gisela götz jürgen lieselotte bärbel hannelore waltraud gertrud irmgard helga ursula brigitte
renate sieglinde wolfgang dieter günter rüdiger ulrich detlef
haruka yuto sota hina aoi riko takumi daiki kenta shota yuka ayumi emi keiko yoko naoko tomoko akiko kazuki
hiroki ryota yusuke daisuke takashi satoshi makoto kaito yuna mio saki
reza mehdi hossein parisa fatemeh narges shirin leila mina neda arash babak behnam dariush farhad kamran
kourosh navid omid payam ramin siamak
yosef moshe avraham yitzhak noa tamar yael shira avi eitan itai
abebe tesfaye alemu bekele girma haile kebede mulugeta tadesse worku yohannes almaz tigist meron selam hirut
abdi abdirahman hodan warsame mohamud ayaan hawa faduma sahra ilhan
wanjiku njeri achieng akinyi omondi ochieng wambui muthoni kiprono chebet
kwabena kwaku kojo akua adwoa efua esi yaa
aroha ngaire wiremu tane rangi hine nikau anahera sione mele tevita
anh binh chau giang hanh hieu hoa khanh khoa mai ngoc nhung phuong quynh thao thuy trang trung uyen xuan
dmitri dmitry sergei sergey vladimir alexei andrei nikolai mikhail yuri oleg igor pavel olga natalia tatiana
svetlana irina yekaterina anastasia oksana yulia ludmila galina
niamh siobhan aoife saoirse ciara caoimhe orla roisin róisín sinead sinéad aisling grainne gráinne eimear clodagh
mairead deirdre padraig pádraig cormac ciaran ciarán oisin oisín eoin cathal colm darragh fionn ruairi seamus
séamus diarmuid donal dónal lorcan tadhg fergus angus hamish catriona morag kirsty mhairi eilidh iain alasdair
ailsa isla rhiannon rhys dafydd gethin bronwen cerys sian siân owain tomos iwan
rich cliff
`;

export const WORLD_SURNAMES = `
otaibi qahtani zahrani shamsi harthi mansoori ghamdi dosari shehri mutairi harbi anazi rashidi nuaimi suwaidi
ketbi hashimi farsi amri balushi hinai saadi khalil haddad hamdan saleh khoury sayed masri najjar sabbagh
darwish tamimi othman yousef zahra
tan lim ng ong wong goh chua chan koh teo yeo tay toh chong chia seah yap leong lau quek phua soh neo
khoo kwok cheung leung yip tsang fung kwan
kulkarni bhattacharya sandhu gill dhillon grewal sidhu brar bajwa kaur deshpande joshi patil deshmukh naidu
chowdhury mehta desai trivedi pandey mishra tiwari dubey shukla srivastava agarwal bansal goel jain kapoor
khanna malhotra arora bhatia chopra sethi saxena sinha thakur yadav chauhan rathore nayak hegde shetty kamath
bhat krishnan raman venkataraman iyengar ramachandran chandrasekhar natarajan sundaram rajan pillay varghese
kurian chacko dutta ghosh basu mitra sarkar majumdar
bautista villanueva panganiban tolentino soriano mendoza aquino manalo pascual mercado
dizon lacson manalastas pangilinan sison ocampo guevarra valdez macapagal
nkosi dlamini ngcobo mokoena steenkamp botha khumalo ndlovu mthembu sithole mahlangu shabalala nxumalo mabaso
zungu buthelezi molefe mofokeng pretorius venter coetzee joubert fourie marais swanepoel
eze okonkwo okoro nwosu adeyemi ogunleye balogun bello abubakar danjuma garba yakubu aliyu
strauß weiß meißner preuß
gallagher o'brien murphy byrne walsh o'sullivan doyle mccarthy o'connor o'neill quinn brennan dunne kavanagh
nolan mcgrath flanagan fitzgerald macdonald mackenzie mcleod maclean mcintyre mcgregor lynch farrell kennedy
mcloughlin o'donnell o'reilly callaghan donnelly hegarty moriarty
saito yamazaki mori abe ikeda hashimoto ishikawa ogawa fujita okada goto hasegawa murakami kondo ishii
sakamoto aoki fujii nishimura fukuda miura takeuchi nakajima okamoto matsuda harada nakano
hosseini mohammadi rezaei ahmadi karimi moradi jafari rahimi sadeghi hashemi ghorbani heidari rostami kazemi
cohen levi mizrahi peretz biton dahan katz
kebede tadesse bekele haile girma alemu mohamud warsame
kamau otieno omondi ochieng mutua kiprono cheruiyot asante appiah osei agyeman darko ofori
fonoti tuilagi taufa fifita ngata parata tipene
ivanov smirnov kuznetsov popov petrov sokolov volkov morozov novikov fedorov kozlov pavlov shevchenko
kovalenko bondarenko tkachenko kravchenko melnyk boyko kovalchuk ivanova petrova smirnova
sharp strong bush rich moody wise small short swift snow frost summers noble gentle bright knight bishop
`;

/** Syllables of Korean given names, joined by a hyphen ("Ji-hoon", "Eun-ha"): a name only so joined. */
export const KOREAN_NAME_SYLLABLES = `ji hoon min jun seo yeon eun ha sung hye jin jae won su bin woo do yun ye hyun
ho young sang dong soo seung kyung mi jung sun hee yoon hae chul seok hwan tae kyu myung sook hyo bo ram na ri da
gyu joon hyuk hwa ok ja`;
