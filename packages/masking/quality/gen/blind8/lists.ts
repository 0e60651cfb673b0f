/**
 * Name and place lists of blind split 8: many naming traditions, invented street names, towns
 * of the countries its documents come from. Combined at random, so no entry is a real person.
 */

export type Tradition =
  | 'us'
  | 'word'
  | 'yoruba'
  | 'igbo'
  | 'kenya'
  | 'zulu'
  | 'afrikaans'
  | 'india_n'
  | 'india_s'
  | 'singapore'
  | 'malay'
  | 'japan'
  | 'korea'
  | 'filipino'
  | 'mexico'
  | 'spain'
  | 'france'
  | 'dutch'
  | 'polish'
  | 'turkish';

type NameList = { f: readonly string[]; m: readonly string[]; family: readonly string[] };

export const NAMES: Record<Tradition, NameList> = {
  us: {
    f: [
      'Kaylee',
      'Brianna',
      'Lorraine',
      'Tamsin',
      'Delphine',
      'Marisol',
      'Jolene',
      'Kendra',
      'Raelynn',
      'Odessa',
    ],
    m: ['Tucker', 'Dwayne', 'Garrett', 'Emmett', 'Royce', 'Lyle', 'Cedric', 'Beau', 'Thaddeus', 'Quentin'],
    family: [
      'Pruitt',
      'Haskins',
      'Vreeland',
      'Culpepper',
      'Abernathy',
      'Stroud',
      'Lindqvist',
      'Oyelaran',
      'McAllister',
      'Fairbanks',
      'Dabney',
      'Kowalczyk-Reyes',
      'Tillman',
      'Whitlock',
    ],
  },
  word: {
    f: ['Rose', 'Hope', 'Summer', 'Joy', 'Faith', 'April', 'Dawn', 'Ivy', 'Star', 'Honey'],
    m: ['Grant', 'Major', 'Hunter', 'Wade', 'Rich', 'Miles', 'Chase', 'Bishop', 'Sterling', 'Cash'],
    family: [
      'Young',
      'Price',
      'Bishop',
      'Hale',
      'Small',
      'Strong',
      'Love',
      'Moody',
      'Best',
      'Sharp',
      'Fields',
      'Ware',
      'Frost',
      'Gay',
    ],
  },
  yoruba: {
    f: ['Adebimpe', 'Folasade', 'Morenike', 'Titilayo', 'Oluwaseun', 'Abiodun', 'Yetunde'],
    m: ['Olumide', 'Babatunde', 'Kehinde', 'Adewale', 'Oladipo', 'Ayodeji', 'Femi'],
    family: ['Adeyemo', 'Ogunleye', 'Fashola', 'Akinwande', 'Oyinlola', 'Bamgbose', 'Olaniyan'],
  },
  igbo: {
    f: ['Chiamaka', 'Ngozika', 'Ifeoma', 'Adaobi', 'Uchechi', 'Chinyere'],
    m: ['Chukwuemeka', 'Obinna', 'Ikenna', 'Nnamdi', 'Somtochukwu', 'Ebuka'],
    family: ['Nwachukwu', 'Okonkwo-Eze', 'Anyanwu', 'Obiora', 'Ezeugwu', 'Igwebuike', 'Okafor'],
  },
  kenya: {
    f: ['Wanjiru', 'Akinyi', 'Nyambura', 'Chebet', 'Wambui', 'Atieno'],
    m: ['Kiprono', 'Otieno', 'Mwangi', 'Kamau', 'Ochieng', 'Kipchoge'],
    family: ['Njoroge', 'Odhiambo', 'Wafula', 'Kiplagat', 'Muthoni', 'Omondi', 'Gitau'],
  },
  zulu: {
    f: ['Nokuthula', 'Thandeka', 'Zanele', 'Lindiwe', 'Nomvula', 'Sibongile'],
    m: ['Sipho', 'Themba', 'Mandla', 'Bongani', 'Lwazi', 'Sandile'],
    family: ['Dlamini', 'Mthembu', 'Khumalo', 'Ngcobo', 'Zungu', 'Mahlangu', 'Shabalala'],
  },
  afrikaans: {
    f: ['Marietjie', 'Elmarie', 'Annelie', 'Riana', 'Hester'],
    m: ['Pieter-Jan', 'Gerrit', 'Jaco', 'Willem', 'Dawid'],
    family: ['van der Merwe', 'du Plessis', 'Botha', 'Steyn', 'le Roux', 'Oosthuizen', 'Janse van Rensburg'],
  },
  india_n: {
    f: ['Aishwarya', 'Pooja', 'Sunita', 'Harpreet', 'Kavya', 'Ritu', 'Meenakshi'],
    m: ['Rajesh', 'Vikram', 'Gurpreet', 'Anil', 'Siddharth', 'Manoj', 'Ravindra'],
    family: [
      'Agarwal',
      'Chaudhary',
      'Malhotra',
      'Srivastava',
      'Bhattacharya',
      'Sandhu',
      'Deshpande',
      'Kulkarni',
    ],
  },
  india_s: {
    f: ['Lakshmi', 'Divya', 'Revathi', 'Anjali', 'Keerthana'],
    m: ['Venkatesh', 'Karthik', 'Suresh', 'Balaji', 'Arun'],
    family: ['Subramanian', 'Krishnamurthy', 'Raghavan', 'Pillai', 'Nair', 'Reddy', 'Iyengar'],
  },
  singapore: {
    f: ['Hui Min', 'Xin Yi', 'Mei Ling', 'Shu Fen', 'Jia Hui'],
    m: ['Wei Jie', 'Jun Hao', 'Kok Leong', 'Zhi Hao', 'Boon Keng'],
    family: ['Tan', 'Lim', 'Ng', 'Goh', 'Teo', 'Koh', 'Chua', 'Ong'],
  },
  malay: {
    f: ['Nurul Aisyah', 'Siti Hajar', 'Farahana', 'Nur Izzati'],
    m: ['Muhammad Hafiz', 'Ahmad Firdaus', 'Mohd Azlan', 'Khairul Anuar'],
    family: ['bin Ismail', 'binti Rahman', 'bin Osman', 'binti Yusof'],
  },
  japan: {
    f: ['Haruka', 'Yuki', 'Aoi', 'Misaki', 'Naoko', 'Emiko'],
    m: ['Takeshi', 'Haruto', 'Kenji', 'Daisuke', 'Shota', 'Hiroshi'],
    family: ['Watanabe', 'Kobayashi', 'Yamaguchi', 'Matsumoto', 'Inoue', 'Kimura', 'Hayashi'],
  },
  korea: {
    f: ['Ji-woo', 'Seo-yeon', 'Min-ji', 'Ha-eun', 'Soo-ah'],
    m: ['Min-jun', 'Seung-hoon', 'Ji-ho', 'Dong-hyun', 'Jae-won'],
    family: ['Kim', 'Park', 'Choi', 'Jung', 'Kang', 'Yoon', 'Jang'],
  },
  filipino: {
    f: ['Maricel', 'Rowena', 'Jhoanna', 'Lovely', 'Cherry Mae', 'Kristine Joy'],
    m: ['Jericho', 'Rommel', 'Bong', 'Jun-Jun', 'Renato', 'Dindo'],
    family: ['Dela Cruz', 'Bautista', 'Macaraeg', 'Villanueva', 'Dimaculangan', 'Manalastas', 'Pangilinan'],
  },
  mexico: {
    f: ['Guadalupe', 'Ximena', 'Itzel', 'Yolanda', 'María Fernanda', 'Citlali'],
    m: ['Juan Pablo', 'Eduardo', 'Ulises', 'Rigoberto', 'José Ángel', 'Tonatiuh'],
    family: ['Hernández', 'Zamora', 'Cuauhtémoc', 'Villaseñor', 'Ochoa', 'Barragán', 'Tapia', 'Quintero'],
  },
  spain: {
    f: ['Maite', 'Nerea', 'Itziar', 'Rocío', 'Montserrat', 'Ainhoa'],
    m: ['Iñaki', 'Jordi', 'Álvaro', 'Borja', 'Xabier', 'Gonzalo'],
    family: ['Etxeberria', 'Fernández de la Vega', 'Sáez', 'Puig', 'Castells', 'Iglesias', 'Alonso'],
  },
  france: {
    f: ['Clémence', 'Maëlle', 'Solène', 'Gaëlle', 'Ghislaine', 'Capucine'],
    m: ['Anatole', 'Gaspard', 'Thibault', 'Loïc', 'Jean-Baptiste', 'Aurélien'],
    family: ['Lefèvre', 'Chevalier', 'de Villiers', 'Marchand', 'Boucher', 'Aubert', 'Giraud'],
  },
  dutch: {
    f: ['Femke', 'Sanne', 'Marloes', 'Ilse', 'Anouk'],
    m: ['Joost', 'Bram', 'Sjoerd', 'Maarten', 'Wouter'],
    family: ['van den Berg', 'de Vries', 'Bakker', 'Visser', 'van Dijk', 'Smit', 'de Groot'],
  },
  polish: {
    f: ['Agnieszka', 'Małgorzata', 'Katarzyna', 'Zofia', 'Joanna'],
    m: ['Grzegorz', 'Przemysław', 'Tomasz', 'Wojciech', 'Łukasz'],
    family: ['Wiśniewski', 'Wójcik', 'Kamińska', 'Lewandowski', 'Zieliński', 'Szymańska', 'Dąbrowski'],
  },
  turkish: {
    f: ['Elif', 'Zeynep', 'Ayşe', 'Büşra', 'Gülşen'],
    m: ['Mehmet', 'Emre', 'Burak', 'Mustafa', 'Oğuz'],
    family: ['Yılmaz', 'Öztürk', 'Şahin', 'Aydın', 'Çelik', 'Kaya', 'Doğan'],
  },
};

export const NICKNAMES = [
  'Bunny',
  'Tiny',
  'Sissy',
  'Butch',
  'Peaches',
  'Skip',
  'Boo',
  'Red',
  'Cookie',
  'Sonny',
];

export const CREDENTIALS = [
  'RN',
  'BSN, RN',
  'MSW, LCSW',
  'PT, DPT',
  'OTR/L',
  'PharmD',
  'NP-C',
  'PA-C',
  'MD',
  'DO',
  'CCRN',
  'RD, LDN',
  'CRNP',
  'SLP-CCC',
];

/** US street lines and towns (invented streets; common town names). */
export const US_STREETS = [
  'Larkspur',
  'Old Mill',
  'Hickory Bend',
  'Quarry',
  'Tanglewood',
  'Sassafras',
  'Kettle Creek',
  'Shadbush',
  'Foundry',
  'Pawnee',
  'Bellwether',
  'Cobble Hill',
];
export const US_SUFFIXES = [
  'St',
  'Street',
  'Rd',
  'Road',
  'Ave',
  'Ln',
  'Lane',
  'Ct',
  'Drive',
  'Dr',
  'Pike',
  'Trl',
  'Blvd',
  'Way',
];
export const US_TOWNS: readonly [string, string, string][] = [
  ['Springfield', 'IL', '627'],
  ['Lewiston', 'ME', '042'],
  ['Bozeman', 'MT', '597'],
  ['Kalamazoo', 'MI', '490'],
  ['Hattiesburg', 'MS', '394'],
  ['Wichita Falls', 'TX', '763'],
  ['Eau Claire', 'WI', '547'],
  ['Ypsilanti', 'MI', '481'],
  ['Bangor', 'ME', '044'],
  ['Muncie', 'IN', '473'],
  ['Cheyenne', 'WY', '820'],
  ['Florence', 'SC', '295'],
  ['Pocatello', 'ID', '832'],
  ['Dothan', 'AL', '363'],
  ['Scranton', 'PA', '185'],
  ['Tupelo', 'MS', '388'],
];
export const US_COUNTIES = [
  'Cumberland County',
  'Yellowstone County',
  'Lackawanna County',
  'Forrest County',
  'Wichita County',
  'Cache County',
];

export const INDIA_PLACES: readonly [string, string, string][] = [
  ['Koramangala', 'Bengaluru', '560034'],
  ['Salt Lake Sector V', 'Kolkata', '700091'],
  ['Anna Nagar', 'Chennai', '600040'],
  ['Gomti Nagar', 'Lucknow', '226010'],
  ['Kothrud', 'Pune', '411038'],
  ['Banjara Hills', 'Hyderabad', '500034'],
  ['Sector 17', 'Chandigarh', '160017'],
];
export const SG_PLACES: readonly [string, string][] = [
  ['Tampines Street 81', '520812'],
  ['Ang Mo Kio Avenue 3', '560310'],
  ['Jurong West Street 52', '640522'],
  ['Bedok North Road', '460215'],
  ['Toa Payoh Lorong 4', '310045'],
];
export const ZA_PLACES: readonly [string, string, string][] = [
  ['Soweto', 'Johannesburg', '1818'],
  ['Durbanville', 'Cape Town', '7550'],
  ['Umlazi', 'Durban', '4031'],
  ['Hatfield', 'Pretoria', '0083'],
  ['Mdantsane', 'East London', '5219'],
];
export const MX_PLACES: readonly [string, string, string][] = [
  ['Col. Roma Norte', 'Cuauhtémoc, CDMX', '06700'],
  ['Col. Chapultepec', 'Guadalajara, Jal.', '44176'],
  ['Col. Centro', 'Oaxaca de Juárez, Oax.', '68000'],
  ['Fracc. Las Fuentes', 'Zapopan, Jal.', '45070'],
  ['Col. Del Valle', 'San Pedro Garza García, N.L.', '66220'],
];
export const ES_PLACES: readonly [string, string][] = [
  ['Bilbao', '48007'],
  ['Zaragoza', '50009'],
  ['Sevilla', '41010'],
  ['Valladolid', '47014'],
  ['Girona', '17003'],
];
export const FR_PLACES: readonly [string, string][] = [
  ['Villeurbanne', '69100'],
  ['Rennes', '35000'],
  ['Montreuil', '93100'],
  ['Angers', '49100'],
  ['Perpignan', '66000'],
];
export const NL_PLACES: readonly [string, string][] = [
  ['Zwolle', '8011 PK'],
  ['Leeuwarden', '8911 BN'],
  ['Amersfoort', '3811 HD'],
  ['Tilburg', '5038 CB'],
];
export const PL_PLACES: readonly [string, string][] = [
  ['Kraków', '31-042'],
  ['Gdańsk', '80-831'],
  ['Łódź', '90-143'],
  ['Poznań', '61-758'],
];
export const TR_PLACES: readonly [string, string, string][] = [
  ['Kadıköy', 'İstanbul', '34710'],
  ['Çankaya', 'Ankara', '06690'],
  ['Konak', 'İzmir', '35250'],
  ['Nilüfer', 'Bursa', '16110'],
];
export const JP_PLACES: readonly [string, string, string][] = [
  ['Setagaya-ku', 'Tokyo', '154-0017'],
  ['Naka-ku', 'Yokohama', '231-0023'],
  ['Kita-ku', 'Sapporo', '001-0010'],
  ['Chuo-ku', 'Fukuoka', '810-0041'],
];
export const KR_PLACES: readonly [string, string, string][] = [
  ['Mapo-gu', 'Seoul', '04157'],
  ['Haeundae-gu', 'Busan', '48094'],
  ['Suseong-gu', 'Daegu', '42110'],
];
export const PH_PLACES: readonly [string, string, string][] = [
  ['Brgy. San Antonio', 'Pasig City', '1605'],
  ['Brgy. Lahug', 'Cebu City', '6000'],
  ['Brgy. Poblacion', 'Makati', '1210'],
];
export const NG_PLACES: readonly [string, string][] = [
  ['Ikeja', 'Lagos'],
  ['Bodija', 'Ibadan'],
  ['Wuse II', 'Abuja'],
  ['GRA Phase 2', 'Port Harcourt'],
];
export const KE_PLACES: readonly [string, string, string][] = [
  ['Kilimani', 'Nairobi', '00100'],
  ['Nyali', 'Mombasa', '80118'],
  ['Milimani', 'Kisumu', '40100'],
];
