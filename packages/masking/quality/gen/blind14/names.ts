/**
 * Given names, family names and nicknames of the populations blind split 14's documents come
 * from, composed for this split. SYNTHETIC DATA ONLY: no list pairs a name with a real person.
 */

/** Where a document was written: decides names, addresses, phones, identifiers and date habits. */
export type Region = 'uk' | 'za' | 'in' | 'sg' | 'hk' | 'ng' | 'ke' | 'gh' | 'ph' | 'jm' | 'us';

/** How a population writes a full name. */
export type NameStyle = 'western' | 'chinese' | 'malay' | 'tamil' | 'sikh';

export interface Population {
  style: NameStyle;
  female: readonly string[];
  male: readonly string[];
  family: readonly string[];
  nick: readonly string[];
}

const ZULU_XHOSA: Population = {
  style: 'western',
  female: [
    'Nomvula',
    'Thandiwe',
    'Zanele',
    'Nokuthula',
    'Lindiwe',
    'Ayanda',
    'Nosipho',
    'Busisiwe',
    'Nomakhosazana',
    'Siphokazi',
    'Zintle',
    'Unathi',
  ],
  male: [
    'Sibusiso',
    'Mandla',
    'Lwazi',
    'Themba',
    'Sizwe',
    'Bongani',
    'Xolani',
    'Siyabonga',
    'Luthando',
    'Mthunzi',
    'Andile',
    'Lungisani',
  ],
  family: [
    'Dlamini',
    'Ndlovu',
    'Mkhize',
    'Ngcobo',
    'Mthembu',
    'Zungu',
    'Gqoba',
    'Ntshona',
    'Mqhayi',
    'Nxumalo',
    'Mabaso',
    'Magwaza',
    'Sokhela',
    'Qwabe',
    'Mdletshe',
  ],
  nick: ['Sbu', 'Lindi', 'Nomsa', 'Thabo', 'Zee', 'Bhut Mandla'],
};

const AFRIKAANS: Population = {
  style: 'western',
  female: ['Marietjie', 'Anneke', 'Elmarie', 'Riana', 'Lientjie', 'Susanna'],
  male: ['Johannes', 'Pieter', 'Gerhardus', 'Wynand', 'Hendrik', 'Jaco'],
  family: [
    'van der Merwe',
    'du Plessis',
    'Pretorius',
    'Venter',
    'Swanepoel',
    'Oosthuizen',
    'le Roux',
    'Steenkamp',
    'Janse van Rensburg',
  ],
  nick: ['Boet', 'Tannie Ria', 'Oom Piet', 'Sannie'],
};

const UK: Population = {
  style: 'western',
  female: [
    'Siobhan',
    'Rhiannon',
    'Kerry-Ann',
    'Bethan',
    'Gemma',
    'Niamh',
    'Lowri',
    'Shauna',
    'Philippa',
    'Maisie',
    'Imogen',
    'Tegan',
  ],
  male: [
    'Gareth',
    'Callum',
    'Rhys',
    'Declan',
    'Alistair',
    'Jago',
    'Hamish',
    'Dylan',
    'Ruairidh',
    'Barnaby',
    'Kieran',
    'Lewys',
  ],
  family: [
    'Pemberton',
    'Ashworth',
    'Fairclough',
    'Threlfall',
    'Pughsley',
    'Ormerod',
    'Maclennan',
    'Trevithick',
    'Braithwaite',
    'Haverstock',
    'Cadwaladr',
    'Whitlock',
    'Entwistle',
    "O'Driscoll",
  ],
  nick: ['Gaz', 'Becks', 'Rhi', 'Cal', 'Tilly', 'Pip'],
};

const BRITISH_SOUTH_ASIAN: Population = {
  style: 'western',
  female: ['Farzana', 'Rukhsana', 'Shabnam', 'Jaspreet'],
  male: ['Imran', 'Tariq', 'Mohammed Asif', 'Kulvinder'],
  family: ['Hussain', 'Akhtar', 'Mahmood', 'Bains', 'Chaudhry'],
  nick: ['Taz', 'Mo', 'Jazz'],
};

const TAMIL_TELUGU: Population = {
  style: 'tamil',
  female: [
    'Kavitha',
    'Meenakshi',
    'Lakshmi Prasanna',
    'Revathi',
    'Swarnalatha',
    'Padmavathi',
    'Anitha',
    'Sailaja',
    'Vijayalakshmi',
    'Yamuna',
  ],
  male: [
    'Venkata Ramana',
    'Murugesan',
    'Srinivasulu',
    'Karthikeyan',
    'Senthil Kumar',
    'Nagarjuna',
    'Palaniappan',
    'Suresh Babu',
    'Ravi Teja',
    'Ilango',
  ],
  family: [
    'Ramasamy',
    'Reddy',
    'Naidu',
    'Subramanian',
    'Chowdary',
    'Annamalai',
    'Kandasamy',
    'Yadlapalli',
    'Pillai',
    'Gopalakrishnan',
    'Vemuri',
    'Rajendran',
  ],
  nick: ['Kavi', 'Chinna', 'Ammulu', 'Bujji', 'Senthil'],
};

const PUNJABI: Population = {
  style: 'sikh',
  female: ['Harpreet', 'Gurpreet', 'Manjit', 'Rajwinder', 'Simranjeet', 'Navneet'],
  male: ['Gurdev', 'Balwinder', 'Jaswant', 'Harjinder', 'Sukhdev', 'Amarjit'],
  family: ['Sandhu', 'Dhillon', 'Gill', 'Grewal', 'Sidhu', 'Brar', 'Randhawa'],
  nick: ['Pinky', 'Bittu', 'Sonu', 'Goldy'],
};

const MALAY: Population = {
  style: 'malay',
  female: ['Nur Aisyah', 'Siti Hajar', 'Nurul Izzah', 'Farhana', 'Zuraidah', 'Rosnah'],
  male: ['Muhammad Haziq', 'Ahmad Firdaus', 'Mohd Khairul', 'Zulkifli', 'Hafiz', 'Iskandar'],
  family: ['Rahman', 'Ismail', 'Osman', 'Jaafar', 'Yusof', 'Salleh', 'Hamzah', 'Sulaiman'],
  nick: ['Kak Ros', 'Abang Zul', 'Adik'],
};

const SG_CHINESE: Population = {
  style: 'chinese',
  female: ['Hui Min', 'Xiu Ling', 'Bee Leng', 'Siew Hoon', 'Jia Hui', 'Poh Choo'],
  male: ['Wei Ming', 'Kok Leong', 'Boon Huat', 'Chee Keong', 'Jun Jie', 'Ah Seng'],
  family: ['Tan', 'Lim', 'Goh', 'Ong', 'Teo', 'Koh', 'Neo', 'Quek', 'Sim', 'Heng'],
  nick: ['Ah Huat', 'Ah Girl', 'Ah Boy', 'Xiao Mei'],
};

const SG_INDIAN: Population = {
  style: 'tamil',
  female: ['Thilagavathy', 'Saraswathi', 'Malarvizhi'],
  male: ['Arumugam', 'Selvaraju', 'Thiruchelvam'],
  family: ['Krishnasamy', 'Govindasamy', 'Muthusamy', 'Veerappan'],
  nick: ['Selva', 'Malar'],
};

const HK: Population = {
  style: 'chinese',
  female: ['Siu Ying', 'Wai Man', 'Mei Kuen', 'Kit Yee', 'Suk Fan', 'Lai Ping', 'Ka Yan', 'Hoi Ling'],
  male: ['Tai Man', 'Chi Keung', 'Wing Hong', 'Kwok Wah', 'Ka Ho', 'Siu Lung', 'Chun Kit', 'Yiu Fai'],
  family: [
    'Chan',
    'Wong',
    'Leung',
    'Cheung',
    'Lau',
    'Yeung',
    'Tsang',
    'Kwok',
    'Ng',
    'Mak',
    'Fung',
    'Cheuk',
    'Yip',
  ],
  nick: ['Ah Keung', 'Siu Fan', 'Fei Jai', 'Ah Por'],
};

const YORUBA_IGBO: Population = {
  style: 'western',
  female: [
    'Oluwaseun',
    'Folasade',
    'Adebimpe',
    'Ngozi',
    'Chiamaka',
    'Obiageli',
    'Titilayo',
    'Nneka',
    'Ifeoma',
    'Omolara',
    'Adaeze',
    'Yetunde',
  ],
  male: [
    'Adebayo',
    'Olumide',
    'Babatunde',
    'Chukwuemeka',
    'Ikechukwu',
    'Obinna',
    'Oluwafemi',
    'Nnamdi',
    'Kayode',
    'Chinedu',
    'Abubakar',
    'Ifeanyi',
  ],
  family: [
    'Adeyemi',
    'Ogunleye',
    'Okonkwo',
    'Nwosu',
    'Eze',
    'Adebanjo',
    'Olaniyan',
    'Okafor',
    'Abiodun',
    'Nwachukwu',
    'Ogundipe',
    'Uzoma',
    'Bello',
    'Danjuma',
  ],
  nick: ['Emeka', 'Chi-chi', 'Bimpe', 'Tunde', 'Iya Bose', 'Nkem'],
};

const KIKUYU_LUO: Population = {
  style: 'western',
  female: [
    'Wanjiru',
    'Njeri',
    'Wambui',
    'Achieng',
    'Awino',
    'Akinyi',
    'Nyokabi',
    'Atieno',
    'Wairimu',
    'Adhiambo',
  ],
  male: [
    'Kamau',
    'Mwangi',
    'Njoroge',
    'Otieno',
    'Odhiambo',
    'Ochieng',
    'Kiprono',
    'Omondi',
    'Gitau',
    'Onyango',
  ],
  family: [
    'Kamau',
    'Waweru',
    'Githinji',
    'Otieno',
    'Oduor',
    'Okoth',
    'Ndung\u2019u',
    'Muthoni',
    'Owino',
    'Kariuki',
    'Wekesa',
    'Chepkoech',
  ],
  nick: ['Wanji', 'Shiro', 'Ochi', 'Kim', 'Mama Njeri'],
};

const AKAN: Population = {
  style: 'western',
  female: ['Akosua', 'Ama', 'Adwoa', 'Abena', 'Afua', 'Yaa', 'Efua', 'Esi', 'Akua'],
  male: ['Kwame', 'Kofi', 'Kwabena', 'Kwaku', 'Yaw', 'Kwadwo', 'Kwesi', 'Kojo', 'Fiifi'],
  family: [
    'Asante',
    'Owusu',
    'Boateng',
    'Mensah-Bonsu',
    'Agyemang',
    'Ofori-Atta',
    'Antwi',
    'Sarpong',
    'Osei-Tutu',
    'Amoako',
    'Darko',
    'Quaye',
  ],
  nick: ['Maame', 'Nana Yaw', 'Paa Kwesi', 'Auntie Esi'],
};

const FILIPINO: Population = {
  style: 'western',
  female: [
    'Maria Luningning',
    'Rosalinda',
    'Marites',
    'Jocelyn',
    'Ligaya',
    'Analyn',
    'Mary Grace',
    'Editha',
    'Divina',
  ],
  male: [
    'Rodrigo Jr.',
    'Efren',
    'Jose Mari',
    'Rolando',
    'Bienvenido',
    'Dindo',
    'Ronaldo',
    'Crisanto',
    'Jerome',
  ],
  family: [
    'dela Cruz',
    'Bautista',
    'Villanueva',
    'Macaraeg',
    'Dimaculangan',
    'Pangilinan',
    'Manalastas',
    'Tolentino',
    'Sison',
    'de Guzman',
    'Lacsamana',
    'Buenaventura',
  ],
  nick: ['Bong', 'Jun-Jun', 'Inday', 'Nene', 'Toto', 'Baby', 'Dodong', 'Ate Weng'],
};

const JAMAICAN: Population = {
  style: 'western',
  female: ['Marcia', 'Sharon-Kay', 'Tameka', 'Paulette', 'Shanique', 'Yvonne', 'Kadian', 'Shenelle'],
  male: ['Delroy', 'Winston', 'Garfield', 'Ricardo', 'Clive', 'Fitzroy', 'Dwayne', 'Kemar'],
  family: [
    'McKenzie',
    'Campbell',
    'Gayle',
    'Thompson-Reid',
    'Bogle',
    'Lindo',
    'Morrison',
    'Henry-Wint',
    'Ebanks',
    'Facey',
    'Grizzle',
  ],
  nick: ['Bigga', 'Shortie', 'Dawta', 'Bredda Dell', 'Miss Pearlie', 'Puppa Winnie', 'Ras T'],
};

const US: Population = {
  style: 'western',
  female: ['Lorraine', 'Tawanda', 'Brandi', 'Maribel', 'Dolores', 'Kaylee', 'Shirleen', 'Gwendolyn'],
  male: ['Darnell', 'Wendell', 'Travis', 'Esteban', 'Cletus', 'Marvin', 'Dwight', 'Brantley'],
  family: [
    'Hollowell',
    'Szymanski',
    'Whitacre',
    'Delacroix',
    'Pettigrew',
    'Castellanos',
    'Yoder',
    'Kowalczyk',
    'Bledsoe',
    'Runyon',
  ],
  nick: ['Bubba', 'Dee', 'Skip', 'Tink'],
};

/** Populations per region with weights. */
export const POPULATIONS: Record<Region, readonly (readonly [Population, number])[]> = {
  uk: [
    [UK, 4],
    [BRITISH_SOUTH_ASIAN, 1],
    [YORUBA_IGBO, 1],
  ],
  za: [
    [ZULU_XHOSA, 3],
    [AFRIKAANS, 1],
  ],
  in: [
    [TAMIL_TELUGU, 3],
    [PUNJABI, 1],
  ],
  sg: [
    [SG_CHINESE, 3],
    [MALAY, 1],
    [SG_INDIAN, 1],
  ],
  hk: [[HK, 1]],
  ng: [[YORUBA_IGBO, 1]],
  ke: [[KIKUYU_LUO, 1]],
  gh: [[AKAN, 1]],
  ph: [[FILIPINO, 1]],
  jm: [[JAMAICAN, 1]],
  us: [[US, 1]],
};

/** English names Hong Kong and Singapore Chinese often put before their own. */
export const WESTERN_GIVEN = {
  female: ['Winnie', 'Cecilia', 'Joyce', 'Phoebe'],
  male: ['Raymond', 'Kelvin', 'Alvin', 'Edmund'],
};

/** Akan day names by weekday of birth, Sunday first. */
export const AKAN_DAY = {
  female: ['Akosua', 'Adwoa', 'Abena', 'Akua', 'Yaa', 'Afua', 'Ama'],
  male: ['Kwasi', 'Kwadwo', 'Kwabena', 'Kwaku', 'Yaw', 'Kofi', 'Kwame'],
};
