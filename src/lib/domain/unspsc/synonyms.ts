/**
 * Everyday words for things UNSPSC names differently.
 *
 * `say` lists what a supplier types (words or short phrases, matched after the same normalization
 * as titles, so "Laptops" or "laptop" both hit "laptop"). `means` lists what UNSPSC calls it:
 * either an 8-digit code (that code is ranked first among equally matching results) or UNSPSC
 * wording (a phrase; every title containing that phrase counts as matching the typed words).
 *
 * The table is the everyday vocabulary of suppliers and buyers: short forms (HVAC, PPE, K-12),
 * trade names (plumber, roofer, locksmith), product nicknames (porta potty, sheetrock, walkie
 * talkie), the verbs of a description ("we clean", "we train") and a few near words ("repair"
 * beside "maintenance"). Written from the trades, not from any query list: an entry belongs here
 * when people commonly say it and the titles say it otherwise. Every code is checked against the
 * real data by tests/unit/domain/unspsc/search/search.test.ts. Short forms the titles spell out
 * themselves ("Point of sale POS terminal") need no entry: `./search/acronyms` finds them.
 */
export interface UnspscSynonym {
	/** What people type. */
	say: readonly string[];
	/** UNSPSC codes (8 digits) or UNSPSC wording. */
	means: readonly string[];
	/**
	 * How close the meaning is, below 1 (the same thing, the default) for a related word that
	 * should rank below the word itself: "repair" also finds "maintenance" titles, after "repair"
	 * ones.
	 */
	quality?: number;
}

export const UNSPSC_SYNONYMS: readonly UnspscSynonym[] = [
	// Information technology
	{
		say: ['it', 'information technology', 'it services', 'tech services'],
		means: ['81110000', '81111800', 'information technology']
	},
	{
		say: [
			'it support',
			'tech support',
			'technical support',
			'help desk',
			'helpdesk',
			'desktop support',
			'it help desk',
			'service desk'
		],
		means: ['81111811']
	},
	{
		say: [
			'it consulting',
			'it consultant',
			'technology consulting',
			'technology consultant',
			'it advisory'
		],
		means: ['80101507']
	},
	{
		say: [
			'it staffing',
			'it staff augmentation',
			'it contractor',
			'it recruiting',
			'tech staffing',
			'it temp'
		],
		means: ['80111716', '80111608', '80111609', '80111610']
	},
	{
		say: [
			'managed services',
			'managed it',
			'managed it services',
			'msp',
			'managed service provider',
			'network administration',
			'system administration',
			'sysadmin'
		],
		means: ['81111800']
	},
	{
		say: [
			'computer repair',
			'pc repair',
			'laptop repair',
			'computer maintenance',
			'computer service',
			'hardware maintenance',
			'hardware support',
			'break fix'
		],
		means: ['81112300', '81111812', '81112307']
	},
	{
		say: [
			'printer repair',
			'printer maintenance',
			'copier repair',
			'copier maintenance',
			'copier service'
		],
		means: ['81112306', '72154065']
	},
	{
		say: [
			'cybersecurity',
			'cyber security',
			'cyber',
			'information security',
			'infosec',
			'it security',
			'network security',
			'penetration testing',
			'pen testing',
			'vulnerability assessment',
			'vulnerability scanning'
		],
		means: ['81111801', '43222500']
	},
	{
		say: [
			'software development',
			'software developer',
			'custom software',
			'software engineering',
			'software engineer',
			'programmer',
			'programming',
			'coding',
			'coder',
			'app development',
			'application development',
			'app developer'
		],
		means: ['81111500', '81111504', '81111509']
	},
	{
		say: ['mobile app', 'iphone app', 'android app', 'mobile application'],
		means: ['81111509', '43233510']
	},
	{
		say: [
			'website',
			'web site',
			'web design',
			'website design',
			'web designer',
			'web development',
			'web developer',
			'website development',
			'wordpress',
			'webpage'
		],
		means: ['81112103']
	},
	{ say: ['web hosting', 'website hosting', 'hosting', 'hosting services'], means: ['81112105'] },
	{ say: ['domain name', 'domain registration', 'domains'], means: ['81112107'] },
	{
		say: ['email', 'e mail', 'email hosting', 'email service', 'outlook'],
		means: ['81112102', '81161600']
	},
	{
		say: ['data center', 'data centre', 'datacenter', 'colocation', 'colo'],
		means: ['81112003', '81111814']
	},
	{
		say: ['backup', 'data backup', 'disaster recovery', 'business continuity'],
		means: ['81112004', '81112006', '81112302']
	},
	{
		say: ['data entry', 'data keying', 'keypunch', 'typing service'],
		means: ['80161503', '81112002']
	},
	{
		say: [
			'document scanning',
			'scanning service',
			'digitization',
			'digitizing',
			'digitisation',
			'document imaging',
			'records scanning'
		],
		means: ['81112005']
	},
	{
		say: [
			'data analytics',
			'data analysis',
			'analytics',
			'business intelligence',
			'bi',
			'dashboard',
			'data science',
			'data scientist'
		],
		means: ['80101508', '81111806']
	},
	{
		say: ['database', 'database design', 'database administration', 'dba', 'sql'],
		means: ['81111704', '81111806', '43232300']
	},
	{
		say: ['network design', 'network engineering', 'network engineer', 'networking'],
		means: ['81111706', '81111702']
	},
	{ say: ['lan', 'local area network'], means: ['81111803', '81111702'] },
	{ say: ['wan', 'wide area network', 'sd wan'], means: ['81111804', '81111701'] },
	{
		say: [
			'isp',
			'internet',
			'internet service',
			'internet service provider',
			'internet access',
			'broadband',
			'internet provider',
			'high speed internet'
		],
		means: ['81112101']
	},
	{
		say: [
			'cabling',
			'network cabling',
			'structured cabling',
			'data cabling',
			'low voltage',
			'low voltage wiring',
			'voice and data wiring',
			'data wiring',
			'cable installation',
			'cable pulling'
		],
		means: ['72151605', '72151602']
	},
	{ say: ['fiber optic', 'fibre optic', 'fiber installation'], means: ['72151602', '83112300'] },
	{
		say: ['voip', 'voice over ip', 'ip phone', 'voip phone', 'internet phone'],
		means: ['43191511', '81161712']
	},
	{
		say: [
			'phone system',
			'telephone system',
			'pbx',
			'phone installation',
			'telephone installation',
			'phone lines'
		],
		means: ['72151604', '43222805', '43221504']
	},
	{
		say: [
			'cell service',
			'cellular service',
			'wireless service',
			'mobile phone service',
			'cell phone service',
			'cell phone plan',
			'wireless carrier'
		],
		means: ['83111603']
	},
	{ say: ['telecom', 'telecommunication', 'telco'], means: ['83110000', '81161700'] },
	{
		say: ['video conferencing', 'video conference', 'zoom', 'webex', 'teleconferencing'],
		means: ['81161711', '45111902', '43233502']
	},
	{ say: ['conference call', 'conference calling', 'audio conferencing'], means: ['83111506'] },
	{
		say: ['call center', 'call centre', 'contact center', 'answering service'],
		means: ['83111507', '80141619']
	},
	{
		say: ['ups', 'battery backup', 'uninterruptible power supply', 'uninterruptable power supply'],
		means: ['39121011']
	},
	{
		say: ['laptop', 'laptop computer', 'chromebook', 'macbook'],
		means: ['43211503', 'notebook computer']
	},
	{ say: ['desktop', 'pc', 'desktop pc', 'desktop computer', 'workstation'], means: ['43211507'] },
	{ say: ['ipad', 'tablet', 'tablet pc', 'tablet computer'], means: ['43211509'] },
	{
		say: ['computer monitor', 'lcd monitor', 'flat screen', 'display screen', 'pc monitor'],
		means: ['43211902']
	},
	{
		say: ['printer', 'laser printer', 'inkjet printer', 'computer printer'],
		means: ['43212100', '43212105']
	},
	{ say: ['toner', 'toner cartridge', 'laser toner', 'printer toner'], means: ['44103103'] },
	{ say: ['printer ink', 'ink cartridge', 'ink'], means: ['44103105'] },
	{
		say: ['scanner', 'document scanner', 'barcode scanner', 'bar code scanner'],
		means: ['43211711', '43211701']
	},
	{ say: ['server', 'rack server', 'file server'], means: ['43211501'] },
	{ say: ['network switch', 'ethernet switch'], means: ['43222612'] },
	{
		say: ['hard drive', 'external hard drive', 'ssd', 'solid state drive', 'hdd'],
		means: ['43201800', '43201803']
	},
	{
		say: ['usb drive', 'thumb drive', 'flash drive', 'memory stick', 'jump drive'],
		means: ['43202010']
	},
	{
		say: [
			'smartboard',
			'smart board',
			'interactive whiteboard',
			'promethean',
			'interactive display'
		],
		means: ['44111911']
	},
	{ say: ['webcam', 'web cam'], means: ['45121520'] },
	{ say: ['headset', 'headphones', 'earbuds', 'earphones'], means: ['43191609', '52161514'] },
	{
		say: ['software license', 'software licensing', 'software licence', 'license renewal'],
		means: ['81112501', '81112500']
	},
	{
		say: ['microsoft office', 'ms office', 'office 365', 'microsoft 365', 'office suite'],
		means: ['43231513']
	},
	{ say: ['excel', 'spreadsheet', 'microsoft excel'], means: ['43232110', 'computer'] },
	{ say: ['microsoft word', 'word processing', 'word processor'], means: ['43232104', 'computer'] },
	{ say: ['powerpoint', 'presentation software'], means: ['43232106', 'computer'] },
	{ say: ['quickbooks', 'accounting software'], means: ['43231601'] },
	{ say: ['erp', 'erp system', 'sap', 'oracle'], means: ['43231602', '81111507'] },
	{ say: ['crm', 'salesforce'], means: ['43232303', '81112212'] },
	{
		say: ['gis', 'arcgis', 'esri', 'gis mapping'],
		means: ['81101512', '43232510', 'geographic information']
	},
	{
		say: ['cad', 'autocad', 'cad drafting', 'drafting', 'drafter'],
		means: ['43232604', '81101502', 'computer aided design']
	},
	{ say: ['antivirus', 'anti virus', 'malware protection'], means: ['43233205'] },
	{
		say: ['saas', 'cloud software', 'software as a service', 'subscription software'],
		means: ['81162000']
	},
	{ say: ['paas'], means: ['81162100'] },
	{
		say: ['iaas', 'cloud hosting', 'cloud computing', 'cloud', 'cloud services', 'aws', 'azure'],
		means: ['81162200', '81162000']
	},
	{ say: ['cloud storage', 'online storage'], means: ['81162202'] },
	{ say: ['rfid', 'rfid tag', 'rfid reader'], means: ['43211710', '43212116'] },
	{
		say: ['barcode', 'bar code', 'barcode label', 'barcode printer'],
		means: ['43211701', '55121608', '43212115']
	},
	{
		say: ['pos', 'pos system', 'point of sale', 'cash register'],
		means: ['43211505', '43232611', '44101804']
	},
	{ say: ['atm', 'atm machine', 'cash machine', 'automated teller machine'], means: ['72151801'] },
	{
		say: [
			'gps',
			'gps tracking',
			'gps unit',
			'fleet tracking',
			'vehicle tracking',
			'avl',
			'telematics'
		],
		means: ['25173107', '52161518', '25191542']
	},
	{ say: ['drone', 'uav', 'uas', 'unmanned aircraft'], means: ['25132100'] },
	{
		say: [
			'3d printer',
			'3d printing',
			'3 d printer',
			'additive manufacturing',
			'rapid prototyping'
		],
		means: ['23261500', '23260000']
	},
	{
		say: ['plc', 'programmable logic controller', 'plc programming'],
		means: ['43233603', '32150000']
	},
	{
		say: ['scada', 'industrial controls', 'control system', 'controls integration'],
		means: ['43232608', '72151507', '72151508']
	},
	{
		say: ['cnc', 'cnc machining', 'machine shop', 'machinist', 'machining'],
		means: ['73180000', '23240000']
	},
	{
		say: ['digital signage', 'electronic sign', 'led sign', 'message board'],
		means: ['55121700', '43211909']
	},
	{
		say: ['wifi', 'wi fi', 'wireless access point', 'wireless network', 'access point'],
		means: ['43222640', '43222631']
	},
	{ say: ['ethernet cable', 'cat5', 'cat6', 'patch cable', 'network cable'], means: ['26121609'] },
	{ say: ['hdmi', 'hdmi cable', 'computer cable', 'usb cable'], means: ['43202222'] },
	{
		say: ['ai', 'artificial intelligence', 'machine learning', 'chatbot'],
		means: ['81111500', '81111504']
	},

	// Phones, audio-visual and security technology
	{
		say: ['cell phone', 'cellphone', 'smartphone', 'smart phone', 'iphone', 'mobile phone'],
		means: ['43191501']
	},
	{
		say: ['walkie talkie', 'two way radio', 'handheld radio', 'portable radio', 'radios'],
		means: ['43191510']
	},
	{ say: ['tv', 'television', 'flat screen tv'], means: ['52161505'] },
	{
		say: ['av', 'a v', 'av equipment', 'audiovisual', 'audio visual', 'audio video'],
		means: ['52161600', '80161507', 'audio visual']
	},
	{
		say: ['av integration', 'av installation', 'sound installation'],
		means: ['72151603', '80161507']
	},
	{
		say: ['pa system', 'p a system', 'loudspeaker system', 'sound system', 'public address'],
		means: ['45111705', '45111500']
	},
	{ say: ['projector', 'projection screen'], means: ['45111600'] },
	{
		say: ['cctv', 'security camera', 'surveillance camera', 'video surveillance', 'camera system'],
		means: ['46171610', '46171622', '72151702']
	},
	{
		say: ['body cam', 'body camera', 'body worn camera', 'bodycam', 'dash cam', 'dashcam'],
		means: ['46171610', '46171621']
	},
	{
		say: [
			'access control',
			'card access',
			'key card',
			'badge access',
			'door access',
			'card reader',
			'keyless entry'
		],
		means: ['46171619', '72151701']
	},
	{
		say: [
			'alarm system',
			'burglar alarm',
			'intrusion alarm',
			'alarm monitoring',
			'security system',
			'security alarm',
			'alarm company'
		],
		means: ['72151703', '92121701', '46171604']
	},
	{
		say: [
			'fire alarm',
			'fire alarm system',
			'fire alarm inspection',
			'fire alarm monitoring',
			'smoke alarm'
		],
		means: ['92121702', '46191505', '72151703']
	},
	{ say: ['metal detector', 'walk through metal detector', 'magnetometer'], means: ['46171633'] },
	{ say: ['id card', 'id badge', 'badge', 'photo id'], means: ['55121802', '46151610'] },

	// Office, printing and mail
	{
		say: ['copier', 'copy machine', 'xerox', 'photocopy machine', 'multifunction printer', 'mfp'],
		means: ['44101501', '44101503', 'photocopier']
	},
	{ say: ['copier lease', 'copier rental', 'copier leasing'], means: ['80161801'] },
	{
		say: [
			'copier paper',
			'copy paper',
			'printer paper',
			'printing paper',
			'bond paper',
			'xerographic paper'
		],
		means: ['14111507']
	},
	{
		say: ['stationery', 'stationary', 'office stationery', 'letterhead'],
		means: ['14111509', '82121507', '14111828']
	},
	{ say: ['office supplies', 'desk supplies'], means: ['44120000', '44121600'] },
	{
		say: ['pen', 'pencil', 'ballpoint pen', 'writing instrument'],
		means: ['44121700', '44121704']
	},
	{
		say: ['marker', 'sharpie', 'highlighter', 'dry erase marker'],
		means: ['44121708', '44121716']
	},
	{
		say: [
			'whiteboard',
			'white board',
			'dry erase board',
			'chalkboard',
			'bulletin board',
			'cork board'
		],
		means: ['44111905', '44111906', '44111907']
	},
	{
		say: ['post it', 'post it notes', 'sticky notes', 'notepad', 'legal pad', 'notebook paper'],
		means: ['14111500', '14111530']
	},
	{ say: ['binder', 'three ring binder', 'ring binder'], means: ['44122003'] },
	{ say: ['file folder', 'manila folder', 'hanging file'], means: ['44122011', '44122017'] },
	{ say: ['envelope', 'mailing envelope'], means: ['44121506', '44121500'] },
	{
		say: ['staples', 'paper clips', 'rubber bands', 'thumbtacks', 'push pins'],
		means: ['44122100', '44122107']
	},
	{ say: ['business card'], means: ['14111604'] },
	{
		say: ['rubber stamp', 'self inking stamp', 'notary stamp', 'notary seal'],
		means: ['44121604', '44102414']
	},
	{
		say: ['postage', 'postage meter', 'postage machine', 'stamps postage'],
		means: ['44102101', '44121513']
	},
	{
		say: ['mail services', 'mailing', 'mailroom', 'mail house', 'bulk mail', 'direct mail'],
		means: ['80141800', '78102203', '80141630']
	},
	{
		say: [
			'courier',
			'courier service',
			'messenger service',
			'delivery service',
			'package delivery',
			'parcel delivery',
			'same day delivery',
			'fedex'
		],
		means: ['78102203', '78102205', '78102204']
	},
	{
		say: [
			'printing',
			'printer services',
			'print shop',
			'commercial printing',
			'print services',
			'printing company'
		],
		means: ['82121500', '73151900']
	},
	{
		say: ['brochure', 'flyer', 'flier', 'pamphlet', 'leaflet', 'postcards', 'rack cards'],
		means: ['82121505', '82121500']
	},
	{
		say: [
			'screen printing',
			'silk screening',
			'silkscreen',
			't shirt printing',
			'tshirt printing',
			'shirt printing'
		],
		means: ['82121504', '82121510']
	},
	{ say: ['embroidery', 'embroidered', 'monogramming'], means: ['82121510', '80141605'] },
	{
		say: [
			'promotional products',
			'promotional items',
			'promo items',
			'swag',
			'giveaways',
			'branded merchandise',
			'logo',
			'logo items',
			'imprinted items',
			'custom printed'
		],
		means: ['80141605', '82121505']
	},
	{
		say: ['copy center', 'copying', 'photocopying', 'copy services', 'copies'],
		means: ['82121700', '82121701']
	},
	{ say: ['binding', 'book binding', 'spiral binding', 'bindery'], means: ['82121900'] },
	{ say: ['laminating', 'laminator', 'lamination'], means: ['44102801', '44102000'] },
	{
		say: ['signs', 'sign shop', 'sign maker', 'signage', 'banners'],
		means: ['55121700', '72154028', '55121706']
	},
	{
		say: [
			'stop sign',
			'road sign',
			'street sign',
			'traffic sign',
			'highway sign',
			'parking sign',
			'regulatory sign'
		],
		means: ['55121710', '72141002']
	},
	{
		say: [
			'shredding',
			'document shredding',
			'shredding service',
			'document destruction',
			'paper shredding',
			'secure shredding'
		],
		means: ['80161508']
	},
	{ say: ['shredder', 'paper shredder', 'shredding machine'], means: ['44101603'] },
	{
		say: [
			'records storage',
			'document storage',
			'file storage',
			'archive storage',
			'off site storage'
		],
		means: ['78131804', '78131602', '80161506']
	},
	{
		say: ['notary', 'notary public', 'notarization', 'notarizing'],
		means: ['80121609', '80160000']
	},
	{
		say: [
			'secretarial',
			'administrative support',
			'admin support',
			'clerical',
			'office administration',
			'virtual assistant'
		],
		means: ['80161501', '80161504']
	},
	{
		say: ['transcription', 'transcriptionist', 'transcribing', 'captioning', 'closed captioning'],
		means: ['82111604']
	},
	{
		say: ['stenographer', 'court reporter', 'court reporting', 'stenography'],
		means: ['82111603']
	},
	{
		say: ['office furniture', 'office chairs', 'office desks', 'cubicles'],
		means: ['56101700', '56111500']
	},
	{
		say: ['furniture installation', 'furniture installer', 'cubicle installation'],
		means: ['72153606']
	},
	{ say: ['chair', 'seating'], means: ['56101504', '56112100'] },
	{ say: ['desk'], means: ['56101703'] },
	{ say: ['file cabinet', 'filing cabinet'], means: ['56101702'] },
	{ say: ['locker'], means: ['56101520'] },
	{
		say: ['classroom furniture', 'school furniture', 'student desks'],
		means: ['56121500', '56121506']
	},
	{
		say: ['library furniture', 'library shelving', 'bookshelves', 'bookcase'],
		means: ['56121000', '56101507']
	},

	// Books, education and training
	{ say: ['book', 'library books', 'publications'], means: ['55101500', '55101510', '55101509'] },
	{ say: ['textbook', 'school books'], means: ['55101509', '55101500'] },
	{
		say: ['ebook', 'e book', 'audiobook', 'audio books', 'digital books'],
		means: ['55111500', '55101500']
	},
	{
		say: ['newspaper', 'magazine', 'periodicals', 'subscriptions'],
		means: ['55101504', '55101506']
	},
	{
		say: [
			'k 12',
			'k12',
			'k through 12',
			'kindergarten',
			'elementary school',
			'high school',
			'middle school',
			'public school'
		],
		means: ['86121500', '95121909']
	},
	{
		say: ['college', 'university', 'higher education', 'community college'],
		means: ['86121700', '86121601']
	},
	{
		say: ['tutoring', 'tutor', 'tutoring services', 'homework help'],
		means: ['86132200', '86141501']
	},
	{
		say: [
			'esl',
			'english as a second language',
			'english classes',
			'language classes',
			'language instruction',
			'foreign language'
		],
		means: ['86111700', '86111701', '86101718']
	},
	{
		say: [
			'ged',
			'adult education',
			'adult ed',
			'adult literacy',
			'literacy',
			'continuing education'
		],
		means: ['86111600', '86101708']
	},
	{
		say: [
			'cdl',
			'cdl training',
			'driving school',
			'driver training',
			'driver education',
			'drivers ed',
			'driving instructor',
			'driving lessons'
		],
		means: ['86131701']
	},
	{
		say: [
			'osha',
			'osha training',
			'safety training',
			'osha 10',
			'osha 30',
			'forklift training',
			'workplace safety training'
		],
		means: ['86101709', '46211500']
	},
	{
		say: ['cpr', 'cpr training', 'first aid training', 'cpr class', 'bls', 'bls training'],
		means: ['86101709', '42301503']
	},
	{
		say: [
			'computer training',
			'computer classes',
			'excel training',
			'software training',
			'it training',
			'microsoft training'
		],
		means: ['86101601', '43232502']
	},
	{
		say: [
			'employee training',
			'staff training',
			'corporate training',
			'workforce training',
			'professional development'
		],
		means: ['86111604', '86101810', '86101800']
	},
	{
		say: ['leadership training', 'management training', 'executive coaching', 'coaching'],
		means: ['86132000', '86132001', '80111501']
	},
	{
		say: ['workshop', 'training workshop', 'facilitation', 'facilitator'],
		means: ['86132201', '86132101']
	},
	{
		say: [
			'online courses',
			'elearning',
			'e learning',
			'online learning',
			'online training',
			'distance learning',
			'lms'
		],
		means: ['86111500', '43232502']
	},
	{ say: ['teacher training', 'teacher professional development'], means: ['86101710'] },
	{
		say: [
			'sign language',
			'asl',
			'asl interpreter',
			'deaf interpreter',
			'sign language interpreter'
		],
		means: ['82112067']
	},
	{
		say: [
			'interpreter',
			'interpreting',
			'interpretation',
			'language interpreter',
			'spanish interpreter'
		],
		means: ['82112000', '82112055']
	},
	{
		say: ['translator', 'translation', 'document translation', 'translating'],
		means: ['82111804']
	},
	{ say: ['music lessons', 'music teacher', 'music education'], means: ['86131601'] },
	{ say: ['art supplies', 'craft supplies', 'arts and crafts'], means: ['60120000'] },
	{
		say: [
			'school supplies',
			'classroom supplies',
			'teaching supplies',
			'educational materials',
			'curriculum'
		],
		means: ['60110000', '60100000']
	},
	{ say: ['toys', 'games'], means: ['60140000'] },

	// Facilities, trades and construction
	{
		say: [
			'batteries',
			'aa batteries',
			'aaa batteries',
			'9 volt batteries',
			'alkaline batteries',
			'rechargeable batteries',
			'c batteries',
			'd batteries'
		],
		means: ['26111700', '26111702', '26111701']
	},
	{ say: ['car battery', 'vehicle battery', 'truck battery', 'auto battery'], means: ['26111703'] },
	{
		say: ['extension cord', 'power cord', 'electrical cord'],
		means: ['31152100', '39121400']
	},
	{
		say: ['power strip', 'surge protector', 'surge suppressor', 'pdu'],
		means: ['39121017', '39121600']
	},
	{
		say: ['space heater', 'portable heater', 'electric heater'],
		means: ['40101800', '40101808']
	},
	{
		say: [
			'hvac',
			'heating and cooling',
			'heating and air',
			'hvac contractor',
			'hvac service',
			'hvac repair',
			'mechanical contractor'
		],
		means: ['72151200', '72151207']
	},
	{
		say: ['ac unit', 'air conditioner', 'a c unit', 'air conditioning', 'central air', 'ac'],
		means: ['40101701', '72101511']
	},
	{
		say: ['ac repair', 'air conditioning repair', 'ac service', 'ac installation'],
		means: ['72101511']
	},
	{
		say: [
			'heating repair',
			'furnace repair',
			'heating service',
			'furnace service',
			'heating contractor'
		],
		means: ['72151003', '72151000']
	},
	{ say: ['boiler', 'boiler repair', 'boiler service'], means: ['40102000', '72151001'] },
	{
		say: ['ductwork', 'duct work', 'ducting', 'sheet metal ductwork', 'ventilation'],
		means: ['72151204', '40101500']
	},
	{ say: ['duct cleaning', 'air duct cleaning', 'vent cleaning'], means: ['76111602'] },
	{
		say: ['refrigeration', 'refrigeration repair', 'walk in cooler', 'walk in freezer'],
		means: ['72151205', '24131500']
	},
	{
		say: ['plumber', 'plumbing contractor', 'plumbing repair', 'pipe fitter', 'pipefitter'],
		means: ['72151100', '72101510']
	},
	{
		say: [
			'drain cleaning',
			'sewer cleaning',
			'rooter',
			'clogged drain',
			'drain clearing',
			'jetting'
		],
		means: ['72101510', '47121808']
	},
	{
		say: ['septic', 'septic tank', 'septic pumping', 'septic service'],
		means: ['72151101', '47101531']
	},
	{ say: ['backflow', 'backflow testing', 'backflow prevention'], means: ['72101510', '81141807'] },
	{ say: ['water heater', 'hot water heater'], means: ['40101800', '72101510'] },
	{
		say: ['electrician', 'electrical contractor', 'electrical work', 'electrical repair', 'wiring'],
		means: ['72151500', '72151502']
	},
	{
		say: ['generator', 'backup generator', 'standby generator', 'emergency generator'],
		means: ['26111600', '72151505', '72151514']
	},
	{
		say: ['generator repair', 'generator maintenance', 'generator service'],
		means: ['72101517', '72151514']
	},
	{
		say: [
			'lighting',
			'lighting retrofit',
			'light fixtures',
			'lighting installation',
			'led retrofit'
		],
		means: ['72151501', '39110000', '72151511']
	},
	{
		say: ['led', 'led lighting', 'led lights', 'led bulbs', 'led fixtures', 'led lamps'],
		means: ['39101600', '39110000', '72151501']
	},
	{ say: ['light bulb', 'bulbs', 'lamps'], means: ['39101600'] },
	{
		say: ['street lights', 'streetlight', 'street lighting', 'parking lot lights', 'pole lights'],
		means: ['39111608', '39111612', '93142005']
	},
	{
		say: ['solar', 'solar panels', 'solar power', 'solar energy', 'photovoltaic', 'pv'],
		means: ['26131900', '26131507', '72151203']
	},
	{
		say: [
			'ev charger',
			'ev charging',
			'ev charging station',
			'electric vehicle charger',
			'electric vehicle charging',
			'charging station',
			'car charger'
		],
		means: ['25175000']
	},
	{
		say: ['ev', 'electric vehicle', 'electric car', 'evs', 'hybrid vehicle'],
		means: ['25101509', '25101918', 'electric vehicle', 'electrically powered']
	},
	{
		say: ['carpenter', 'carpentry', 'woodworking', 'finish carpenter', 'trim carpentry'],
		means: ['72152300']
	},
	{
		say: ['handyman', 'handy man', 'odd jobs', 'general repairs', 'minor repairs'],
		means: ['72101501']
	},
	{
		say: [
			'general contractor',
			'gc',
			'contractor',
			'building contractor',
			'construction company',
			'builder'
		],
		means: ['72111111', '72121100', '72000000']
	},
	{
		say: [
			'renovation',
			'remodeling',
			'remodel',
			'remodelling',
			'fit out',
			'build out',
			'tenant improvements'
		],
		means: ['72121103', '72111002', '72153600']
	},
	{
		say: ['construction management', 'construction manager', 'owners rep', 'project management'],
		means: ['81101513', '80101600']
	},
	{
		say: ['architect', 'architectural', 'architecture', 'architectural design'],
		means: ['81101508', '80111617']
	},
	{
		say: ['engineering', 'engineer', 'engineering firm', 'engineering services'],
		means: ['81100000', '81101500']
	},
	{ say: ['structural engineer', 'structural engineering'], means: ['81101505'] },
	{
		say: ['mep', 'mep engineering', 'mechanical engineer', 'mechanical engineering'],
		means: ['81101600', '81101701']
	},
	{ say: ['electrical engineer', 'electrical engineering'], means: ['81101701'] },
	{ say: ['civil engineer', 'civil engineering'], means: ['81101500'] },
	{
		say: [
			'surveyor',
			'surveying',
			'land surveyor',
			'land survey',
			'land surveying',
			'boundary survey'
		],
		means: ['81151604']
	},
	{ say: ['geotechnical', 'soil testing', 'soil boring'], means: ['81101514', '41113800'] },
	{
		say: ['roofer', 'roofing', 'roof repair', 'roofing contractor', 'roof replacement', 'new roof'],
		means: ['72152601', '72152600']
	},
	{ say: ['roofing materials', 'shingles', 'roof shingles'], means: ['30151500'] },
	{
		say: ['gutters', 'downspouts', 'gutter cleaning', 'seamless gutters'],
		means: ['72152602', '30151700']
	},
	{ say: ['siding', 'vinyl siding'], means: ['72152606'] },
	{
		say: [
			'mason',
			'masonry',
			'bricklayer',
			'brick work',
			'brickwork',
			'stonemason',
			'stone work',
			'pointing',
			'repointing'
		],
		means: ['72151900', '72151903', '72151910']
	},
	{
		say: [
			'concrete',
			'concrete contractor',
			'concrete work',
			'flatwork',
			'concrete repair',
			'cement work'
		],
		means: ['72152700', '30111500']
	},
	{
		say: ['sidewalk', 'sidewalk repair', 'curbing', 'curbs', 'ada ramps', 'handicap ramp'],
		means: ['72141105', '72152705', '72152704']
	},
	{
		say: [
			'drywall',
			'sheetrock',
			'gypsum board',
			'wallboard',
			'plasterboard',
			'drywall installer',
			'taping'
		],
		means: ['72152001', '72152000', '30161500']
	},
	{ say: ['plastering', 'plasterer', 'stucco'], means: ['72152004', '72152005'] },
	{
		say: ['insulation', 'insulation contractor', 'spray foam', 'blown in insulation'],
		means: ['72152103', '30140000']
	},
	{
		say: [
			'painter',
			'painting contractor',
			'house painting',
			'interior painting',
			'exterior painting',
			'commercial painting'
		],
		means: ['72151300', '72151302', '72151301']
	},
	{
		say: ['wallpaper', 'wall covering', 'wallcovering', 'paper hanging'],
		means: ['72151308', '72151400']
	},
	{
		say: [
			'flooring',
			'floor installation',
			'flooring contractor',
			'floor covering',
			'vct',
			'vinyl flooring',
			'lvt'
		],
		means: ['72152500', '30161700']
	},
	{
		say: ['carpet', 'carpeting', 'carpet installation', 'carpet installer', 'rugs'],
		means: ['72152503', '52101500']
	},
	{
		say: ['tile', 'tile installation', 'tiler', 'ceramic tile', 'tile setter'],
		means: ['72152204', '72152504']
	},
	{
		say: ['floor refinishing', 'floor sanding', 'hardwood floors', 'wood floors'],
		means: ['72152508']
	},
	{
		say: [
			'glazier',
			'glazing',
			'glass repair',
			'glass replacement',
			'window repair',
			'window replacement',
			'replacement windows',
			'broken window',
			'storefront glass'
		],
		means: ['72153002', '72154032', '72152400']
	},
	{
		say: [
			'windows and doors',
			'door installation',
			'door repair',
			'doors',
			'overhead doors',
			'garage door'
		],
		means: ['72152400', '72154032', '72152401']
	},
	{
		say: ['locksmith', 'lock repair', 'rekeying', 'rekey', 'lock change', 'locks'],
		means: ['72101505', '46171500']
	},
	{
		say: [
			'welder',
			'welding',
			'mobile welding',
			'metal fabrication',
			'fabricator',
			'metal fabricator'
		],
		means: ['72154031', '23270000']
	},
	{
		say: ['ironwork', 'iron work', 'ornamental iron', 'railings'],
		means: ['72154024', '72154069', '72152905']
	},
	{
		say: ['steel erection', 'structural steel', 'steel erector', 'ironworker'],
		means: ['72152900', '72152905']
	},
	{
		say: ['cabinets', 'cabinet maker', 'cabinetry', 'millwork', 'casework', 'countertops'],
		means: ['72152303', '72153611', '72153603']
	},
	{
		say: ['kitchen remodel', 'bathroom remodel', 'kitchen renovation', 'bathroom renovation'],
		means: ['72153605']
	},
	{
		say: [
			'acoustical ceiling',
			'drop ceiling',
			'ceiling tiles',
			'suspended ceiling',
			'acoustic ceiling'
		],
		means: ['72152101', '72152605']
	},
	{
		say: ['waterproofing', 'basement waterproofing', 'damp proofing', 'caulking', 'sealants'],
		means: ['72153209', '72153204', '72153205']
	},
	{ say: ['fireproofing', 'firestopping', 'fire stopping'], means: ['72153206', '46191507'] },
	{ say: ['scaffolding', 'scaffold', 'rigging'], means: ['72153402', '72153401'] },
	{
		say: ['demolition', 'demo', 'demolition contractor', 'tear down', 'wrecking'],
		means: ['72141510']
	},
	{
		say: [
			'excavating',
			'excavation',
			'excavator',
			'excavation contractor',
			'site work',
			'sitework',
			'earthwork',
			'earthmoving',
			'grading'
		],
		means: ['72141505', '72141102', '72141511']
	},
	{ say: ['trenching', 'trencher', 'directional drilling', 'boring'], means: ['72141509'] },
	{ say: ['pile driving', 'piles', 'piling'], means: ['72141507'] },
	{ say: ['blasting', 'rock blasting', 'rock removal'], means: ['72141508', '72141503'] },
	{
		say: ['well drilling', 'water well', 'well driller', 'well pump'],
		means: ['72152800', '72152801']
	},
	{
		say: [
			'elevator',
			'elevator repair',
			'elevator service',
			'elevator inspection',
			'lift maintenance'
		],
		means: ['72101506', '72154010']
	},
	{ say: ['escalator'], means: ['72154046'] },
	{
		say: ['fire sprinkler', 'sprinkler system', 'sprinkler contractor', 'sprinkler inspection'],
		means: ['72151102', '46191602', '72101509']
	},
	{
		say: [
			'fire extinguisher service',
			'fire extinguisher inspection',
			'extinguisher service',
			'extinguisher inspection'
		],
		means: ['72101516']
	},
	{
		say: ['fire suppression', 'suppression system', 'kitchen hood suppression', 'ansul'],
		means: ['46191608', '72101509']
	},
	{ say: ['hood cleaning', 'kitchen hood cleaning', 'exhaust hood cleaning'], means: ['76111605'] },
	{
		say: ['chimney', 'chimney sweep', 'chimney cleaning', 'chimney repair'],
		means: ['76111603', '72151904']
	},
	{
		say: [
			'fence',
			'fencing',
			'fence contractor',
			'chain link fence',
			'fence installation',
			'fence repair'
		],
		means: ['30152000', '72154013', '72154069']
	},
	{ say: ['awning', 'canopy'], means: ['72154003'] },
	{ say: ['flag pole', 'flagpole'], means: ['72154042'] },
	{ say: ['flag', 'american flag', 'state flag'], means: ['55121715', '55121906'] },
	{ say: ['graffiti removal', 'graffiti'], means: ['72154068'] },
	{
		say: [
			'pressure washing',
			'power washing',
			'pressure washer',
			'power washer',
			'sandblasting',
			'soda blasting'
		],
		means: ['72153504', '72153501', '72153502']
	},
	{ say: ['board up', 'boarding up', 'emergency board up'], means: ['72154039'] },
	{
		say: [
			'water damage',
			'fire damage',
			'restoration',
			'disaster restoration',
			'mold remediation',
			'flood cleanup'
		],
		means: ['72154052', '72111005', '76101500']
	},
	{
		say: ['asbestos', 'asbestos abatement', 'asbestos removal', 'lead abatement', 'abatement'],
		means: ['76101602']
	},
	{
		say: ['hazmat', 'hazmat cleanup', 'hazardous materials', 'spill response', 'spill cleanup'],
		means: ['76101600', '76131600', '76121900']
	},
	{
		say: ['hazardous waste', 'hazardous waste disposal', 'chemical waste', 'universal waste'],
		means: ['76121900']
	},
	{
		say: ['medical waste', 'biohazard waste', 'sharps disposal', 'biohazard'],
		means: ['76121901']
	},
	{
		say: [
			'ust',
			'underground storage tank',
			'tank removal',
			'oil tank removal',
			'ust removal',
			'tank testing'
		],
		means: ['72154034', '72154058', '72154025']
	},
	{ say: ['pcb', 'pcb removal'], means: ['76121900', '76101600'] },
	{
		say: ['playground', 'playground equipment', 'play structure', 'play equipment'],
		means: ['49241500', '72153103']
	},
	{ say: ['bleachers', 'grandstand'], means: ['95131500', '30241600'] },
	{
		say: ['pool', 'swimming pool', 'pool maintenance', 'pool service', 'pool contractor'],
		means: ['72153105', '49241700']
	},
	{
		say: [
			'athletic field',
			'turf field',
			'artificial turf',
			'synthetic turf',
			'ball field',
			'tennis court',
			'track resurfacing'
		],
		means: ['72153106', '72154002', '72153108']
	},
	{
		say: [
			'portable classroom',
			'modular building',
			'modular classroom',
			'modular office',
			'trailer rental',
			'office trailer'
		],
		means: ['95140000', '80131505', '25101939']
	},
	{ say: ['storage container', 'shipping container', 'conex'], means: ['24111800', '78141900'] },
	{
		say: [
			'porta potty',
			'porta john',
			'port a john',
			'port a potty',
			'portable toilet',
			'portable restroom'
		],
		means: ['80131506']
	},
	{
		say: ['dumpster', 'roll off', 'roll off container', 'dumpster rental', 'container rental'],
		means: ['76121500', '47121702']
	},
	{
		say: ['tent rental', 'party rental', 'event rental', 'tents'],
		means: ['90101602', '56101542']
	},
	{ say: ['equipment rental', 'tool rental', 'rental equipment'], means: ['72141702', '72141700'] },
	{
		say: [
			'heavy equipment',
			'construction equipment',
			'heavy machinery',
			'construction machinery',
			'earth moving equipment'
		],
		means: ['22100000', '72141700']
	},
	{
		say: [
			'heavy equipment rental',
			'construction equipment rental',
			'excavator rental',
			'crane rental',
			'lift rental',
			'boom lift rental'
		],
		means: ['72141700', '72141702', '72154503']
	},
	{
		say: [
			'heavy equipment repair',
			'heavy equipment maintenance',
			'equipment repair',
			'diesel mechanic'
		],
		means: ['72154501', '78181508']
	},
	{ say: ['forklift', 'fork lift', 'lift truck', 'pallet jack'], means: ['24101603'] },
	{ say: ['crane', 'crane service', 'crane inspection'], means: ['24101500', '72154502'] },
	{
		say: ['aerial lift', 'bucket truck', 'scissor lift', 'boom lift', 'man lift', 'cherry picker'],
		means: ['25101911', '24101600']
	},
	{
		say: ['lumber', 'wood', 'plywood', 'building materials', 'building supplies', 'lumber yard'],
		means: ['11122001', '30100000', '30103600']
	},
	{
		say: ['hardware store', 'fasteners', 'nuts and bolts', 'screws'],
		means: ['31160000', '31161500']
	},
	{ say: ['tools', 'hand tools', 'power tools'], means: ['27110000', '27112700'] },
	{
		say: ['paint supplies', 'paint products', 'house paint', 'primer', 'coatings'],
		means: ['31210000', '31211500']
	},
	{
		say: ['pipe', 'piping', 'pvc pipe', 'copper pipe', 'pipe fittings'],
		means: ['40170000', '40171600']
	},
	{
		say: ['electrical supplies', 'electrical parts', 'wire', 'electrical wire', 'conduit'],
		means: ['39120000', '26121600', '39131700']
	},
	{
		say: [
			'plumbing supplies',
			'plumbing parts',
			'plumbing fixtures',
			'faucets',
			'toilets',
			'sinks'
		],
		means: ['30180000', '30181500']
	},
	{
		say: [
			'hvac parts',
			'hvac supplies',
			'hvac equipment',
			'hvac filters',
			'air filters',
			'furnace filters'
		],
		means: ['40100000', '40161500']
	},
	{
		say: [
			'mro',
			'mro supplies',
			'maintenance supplies',
			'maintenance repair and operations',
			'facility supplies'
		],
		means: ['31160000', '27110000', '39120000', '47130000']
	},
	{
		say: [
			'facilities maintenance',
			'building maintenance',
			'property maintenance',
			'maintenance services'
		],
		means: ['72101507', '72102900', '72101500']
	},
	{
		say: ['facilities management', 'property management', 'property manager'],
		means: ['81141800', '80131801', '80161601']
	},
	{
		say: ['building inspection', 'home inspection', 'code inspection', 'building inspector'],
		means: ['81141805']
	},
	{
		say: [
			'energy audit',
			'energy efficiency',
			'energy consulting',
			'energy management',
			'energy conservation'
		],
		means: ['81101516', '83101901', '72151509']
	},
	{
		say: ['commissioning', 'retro commissioning', 'test and balance', 'air balancing'],
		means: ['72151200', '81101703']
	},
	{
		say: ['building automation', 'bms', 'bas', 'energy management system', 'building controls'],
		means: ['72151509', '72151508', '72151507']
	},
	{
		say: ['interior design', 'interior designer', 'decorating', 'space planning'],
		means: ['72153612']
	},
	{
		say: [
			'window treatments',
			'blinds',
			'window blinds',
			'shades',
			'curtains',
			'drapes',
			'drapery'
		],
		means: ['52130000', '72153608']
	},
	{
		say: ['appliance repair', 'appliance installation', 'appliances'],
		means: ['72153609', '52140000']
	},
	{
		say: ['sound barrier', 'soundproofing', 'acoustics', 'acoustical'],
		means: ['72152101', '81141803']
	},

	// Grounds, roads and snow
	{
		say: [
			'weed whacker',
			'weed wacker',
			'weed eater',
			'weedeater',
			'string trimmer',
			'line trimmer',
			'edger',
			'weed trimmer'
		],
		means: ['27111913', '27112712']
	},
	{ say: ['hedge trimmer', 'hedge clippers', 'hedge cutter'], means: ['27112035'] },
	{
		say: ['lawnmower', 'lawn mower', 'riding mower', 'zero turn mower', 'push mower', 'mower'],
		means: ['21101701']
	},
	{ say: ['snowblower', 'snow thrower', 'snow blower'], means: ['22101531'] },
	{
		say: [
			'landscaper',
			'landscaping',
			'landscape contractor',
			'landscape maintenance',
			'grounds maintenance',
			'groundskeeping',
			'yard work'
		],
		means: ['72102902', '72102905']
	},
	{
		say: [
			'lawn care',
			'lawn mowing',
			'grass cutting',
			'mowing',
			'lawn service',
			'lawn maintenance',
			'mow'
		],
		means: ['70111706', '70111710']
	},
	{
		say: ['landscape architect', 'landscape architecture', 'landscape design'],
		means: ['72102906', '81101517']
	},
	{
		say: [
			'tree service',
			'tree removal',
			'tree cutting',
			'tree care',
			'arborist',
			'tree trimming',
			'stump grinding',
			'stump removal'
		],
		means: ['70111503', '70111506', '70111507']
	},
	{ say: ['tree planting', 'planting', 'shrub planting'], means: ['70111501', '70111703'] },
	{ say: ['mulch', 'mulching', 'bark mulch'], means: ['70111708', '10171800'] },
	{ say: ['topsoil', 'top soil', 'loam', 'compost'], means: ['11111501', '10171800'] },
	{
		say: ['hydroseeding', 'hydro seeding', 'seeding', 'grass seed', 'overseeding'],
		means: ['70111709', '10151700']
	},
	{ say: ['sod', 'sodding', 'turf installation'], means: ['70111711', '70111706'] },
	{
		say: [
			'irrigation',
			'irrigation system',
			'lawn sprinkler',
			'sprinkler repair',
			'lawn irrigation'
		],
		means: ['72151103', '70171709']
	},
	{
		say: ['erosion control', 'silt fence', 'stormwater', 'storm water', 'stormwater management'],
		means: ['70131503', '70171802', '81101528']
	},
	{
		say: [
			'snow plowing',
			'snow plow service',
			'snow plowing service',
			'snow removal',
			'plowing',
			'snow plow contractor',
			'snow and ice removal',
			'snow management'
		],
		means: ['72102903']
	},
	{
		say: ['snow plow', 'plow truck', 'snow plow truck', 'plow blade'],
		means: ['22101538', '25101926']
	},
	{
		say: [
			'road salt',
			'rock salt',
			'ice melt',
			'deicer',
			'de icer',
			'deicing',
			'de icing',
			'salt',
			'sand and salt',
			'ice melter'
		],
		means: ['46161506']
	},
	{ say: ['salt spreader', 'sander', 'salter', 'sand spreader'], means: ['25101927'] },
	{
		say: [
			'asphalt paving',
			'blacktop',
			'paving contractor',
			'road paving',
			'paving',
			'driveway paving',
			'parking lot paving'
		],
		means: ['72141103', '72152708']
	},
	{ say: ['asphalt', 'hot mix asphalt', 'cold patch'], means: ['30121601', '72141103'] },
	{
		say: [
			'sealcoating',
			'seal coating',
			'sealcoat',
			'crack sealing',
			'crack filling',
			'pothole repair',
			'potholes'
		],
		means: ['72141127', '72103301', '72141104']
	},
	{
		say: [
			'line striping',
			'parking lot striping',
			'striping',
			'pavement marking',
			'line painting',
			'paint lines',
			'painting lines',
			'road striping',
			'lot striping'
		],
		means: ['72151306']
	},
	{
		say: ['parking lot', 'parking lot maintenance', 'parking lot repair', 'parking garage'],
		means: ['72153702', '72103301', '72152708']
	},
	{
		say: ['street sweeping', 'parking lot sweeping', 'sweeper', 'road sweeping', 'sweeping'],
		means: ['72103304', '76121503', '25101919']
	},
	{
		say: [
			'road construction',
			'road work',
			'roadwork',
			'highway construction',
			'road building',
			'road contractor'
		],
		means: ['72141000', '72141001']
	},
	{
		say: ['road maintenance', 'highway maintenance', 'road repair', 'street repair'],
		means: ['72141003', '72103301']
	},
	{ say: ['guardrail', 'guard rail', 'guiderail', 'guide rail'], means: ['30121717', '72141002'] },
	{
		say: [
			'traffic control',
			'flagger',
			'flagging',
			'work zone',
			'traffic cones',
			'cones',
			'barricades',
			'traffic barrels'
		],
		means: ['46161500', '46151501', '46211601']
	},
	{
		say: ['traffic signal', 'traffic light', 'stop light', 'signal maintenance'],
		means: ['46161504']
	},
	{
		say: ['bridge repair', 'bridge construction', 'bridge inspection', 'bridge work'],
		means: ['72141107', '81141805']
	},
	{
		say: ['catch basin', 'storm drain', 'drainage', 'culvert', 'drain pipe'],
		means: ['72141205', '70171802', '72103305']
	},
	{
		say: [
			'sewer line',
			'sewer main',
			'water main',
			'water line',
			'utility work',
			'underground utilities'
		],
		means: ['72141120', '72141121', '72141126']
	},
	{
		say: ['dot', 'department of transportation', 'highway department', 'public works'],
		means: ['72141000', '72141003', '81102200']
	},
	{
		say: [
			'gravel',
			'crushed stone',
			'aggregate',
			'processed gravel',
			'stone dust',
			'rip rap',
			'riprap'
		],
		means: ['11111611', '30111800', '11111600']
	},
	{ say: ['sand', 'washed sand', 'play sand'], means: ['11111700'] },
	{
		say: [
			'pest control',
			'pest control service',
			'exterminator',
			'exterminating',
			'extermination',
			'bed bugs',
			'bedbugs',
			'termites',
			'mice',
			'rodents',
			'rats'
		],
		means: ['72102100', '72102103', '72102106']
	},
	{
		say: [
			'wildlife removal',
			'animal control',
			'nuisance wildlife',
			'animal removal',
			'bird control',
			'pigeon control'
		],
		means: ['72102105', '72102101']
	},
	{
		say: ['mosquito control', 'mosquito spraying', 'tick control'],
		means: ['85111704', '85111701']
	},
	{
		say: [
			'weed control',
			'herbicide',
			'vegetation management',
			'weed spraying',
			'invasive species'
		],
		means: ['70141604', '70111712']
	},

	// Cleaning, waste and environment
	{
		say: [
			'janitorial',
			'custodial',
			'janitor',
			'custodian',
			'commercial cleaning',
			'office cleaning',
			'cleaning service',
			'cleaning company',
			'cleaners',
			'cleaning contractor'
		],
		means: ['76111501', '76110000', '76111500']
	},
	{
		say: [
			'janitorial supplies',
			'cleaning supplies',
			'custodial supplies',
			'cleaning products',
			'cleaning chemicals',
			'jan san',
			'janitorial products'
		],
		means: ['47130000', '47131800']
	},
	{
		say: [
			'floor cleaning',
			'floor waxing',
			'floor stripping',
			'strip and wax',
			'floor care',
			'floor buffing',
			'carpet cleaning',
			'carpet shampooing',
			'steam cleaning'
		],
		means: ['76111604', '72101508']
	},
	{
		say: ['window washing', 'window cleaning', 'window washer', 'window cleaner'],
		means: ['76111504']
	},
	{
		say: [
			'deep cleaning',
			'disinfecting',
			'disinfection',
			'sanitizing',
			'sanitization',
			'electrostatic spraying',
			'covid cleaning'
		],
		means: ['76101500', '76111501']
	},
	{
		say: [
			'post construction cleaning',
			'construction cleanup',
			'construction cleaning',
			'final clean'
		],
		means: ['72153506', '72153505']
	},
	{
		say: [
			'trash pickup',
			'trash removal',
			'garbage pickup',
			'rubbish',
			'trash collection',
			'waste collection',
			'waste removal',
			'waste hauling',
			'rubbish removal',
			'refuse collection',
			'garbage removal',
			'solid waste'
		],
		means: ['76121501', '76121500']
	},
	{
		say: [
			'junk removal',
			'junk hauling',
			'debris removal',
			'cleanout',
			'clean out',
			'hauling',
			'trash hauling'
		],
		means: ['76121505', '72153507', '76121500']
	},
	{
		say: [
			'recycling',
			'recycle',
			'recycling services',
			'recycling pickup',
			'e waste',
			'ewaste',
			'electronics recycling',
			'scrap metal'
		],
		means: ['76122300', '11140000']
	},
	{ say: ['landfill', 'transfer station', 'tipping fee'], means: ['76122000', '76122407'] },
	{ say: ['composting', 'organics', 'food waste'], means: ['76122300', '47121710'] },
	{
		say: [
			'trash can',
			'garbage can',
			'waste bin',
			'waste basket',
			'wastebasket',
			'recycling bin',
			'trash receptacle'
		],
		means: ['47121702']
	},
	{ say: ['trash bag', 'garbage bag', 'can liner', 'bin liners'], means: ['47121701'] },
	{ say: ['toilet paper', 'bath tissue', 'tp', 'toilet tissue'], means: ['14111704'] },
	{ say: ['paper towel', 'hand towels', 'c fold', 'multifold towels'], means: ['14111703'] },
	{ say: ['tissues', 'kleenex', 'facial tissue'], means: ['14111701'] },
	{ say: ['sanitizer', 'hand sanitizer', 'hand sanitiser', 'purell'], means: ['53131626'] },
	{ say: ['hand soap', 'soap', 'liquid soap', 'soap dispenser'], means: ['53131608', '47131704'] },
	{
		say: ['disinfectant', 'lysol', 'disinfecting wipes', 'bleach'],
		means: ['47131803', '47131807']
	},
	{ say: ['mop', 'mop bucket', 'brooms'], means: ['47131600', '47131618'] },
	{ say: ['vacuum', 'vacuum cleaner', 'shop vac', 'backpack vacuum'], means: ['47121602'] },
	{
		say: ['floor machine', 'floor scrubber', 'auto scrubber', 'burnisher', 'floor buffer'],
		means: ['47121605', '47121600']
	},
	{
		say: [
			'environmental consulting',
			'environmental consultant',
			'environmental services',
			'environmental engineering',
			'environmental firm'
		],
		means: ['77101700', '77100000', '77101500']
	},
	{
		say: [
			'environmental testing',
			'environmental lab',
			'environmental sampling',
			'phase 1',
			'phase i',
			'site assessment',
			'environmental site assessment'
		],
		means: ['77140000', '77101901', '77101500']
	},
	{
		say: [
			'ehs',
			'environmental health and safety',
			'health and safety',
			'safety consulting',
			'safety consultant',
			'industrial hygiene'
		],
		means: ['77111500', '81141802', '93141808']
	},
	{
		say: ['air quality', 'indoor air quality', 'air quality testing', 'iaq', 'air monitoring'],
		means: ['77121501', '77121504', '41103417']
	},
	{
		say: ['water testing', 'water quality testing', 'water sampling', 'water analysis'],
		means: ['70171602', '70171501']
	},
	{
		say: ['wastewater', 'waste water', 'sewage treatment', 'wastewater treatment'],
		means: ['76121701', '72121505', '47100000']
	},
	{
		say: ['water treatment', 'water treatment chemicals', 'water softener', 'water filtration'],
		means: ['47101500', '83101506']
	},
	{
		say: ['oil spill', 'spill kit', 'absorbents', 'oil absorbent'],
		means: ['76131700', '47131900', '46182407']
	},
	{ say: ['noise study', 'noise monitoring', 'sound study'], means: ['77131603', '81141803'] },

	// Vehicles and transportation
	{
		say: [
			'auto mechanic',
			'auto repair',
			'car repair',
			'mechanic',
			'vehicle repair',
			'fleet maintenance',
			'fleet repair',
			'auto service',
			'oil change',
			'brake repair'
		],
		means: ['78181507', '78181500']
	},
	{
		say: ['truck repair', 'heavy truck repair', 'diesel repair', 'truck maintenance'],
		means: ['78181508']
	},
	{
		say: ['auto body', 'body shop', 'collision repair', 'auto body repair', 'dent repair'],
		means: ['78181501', '78181600']
	},
	{
		say: ['windshield', 'windshield replacement', 'auto glass', 'windshield repair'],
		means: ['78181506', '25172300']
	},
	{
		say: [
			'car wash',
			'vehicle wash',
			'fleet washing',
			'auto detailing',
			'detailing',
			'car detailing'
		],
		means: ['76111801', '76111800']
	},
	{
		say: ['towing', 'tow truck', 'tow service', 'wrecker service', 'roadside assistance', 'tow'],
		means: ['78141505', '25101602']
	},
	{
		say: ['tires', 'tyres', 'tire service', 'tire replacement', 'new tires'],
		means: ['25172500', '25172504']
	},
	{
		say: ['auto parts', 'car parts', 'truck parts', 'vehicle parts'],
		means: ['25170000', '25175100']
	},
	{ say: ['car', 'sedan', 'fleet vehicles', 'vehicle purchase'], means: ['25101503', '25101500'] },
	{ say: ['pickup truck', 'pick up truck', 'suv', 'pickup', 'light truck'], means: ['25101507'] },
	{ say: ['van', 'minivan', 'cargo van', 'passenger van'], means: ['25101505'] },
	{ say: ['dump truck'], means: ['25101601'] },
	{ say: ['garbage truck', 'refuse truck', 'packer truck'], means: ['25101914'] },
	{ say: ['bus', 'school bus', 'coach bus', 'shuttle bus'], means: ['25101502', '25101501'] },
	{
		say: [
			'bus service',
			'charter bus',
			'bus charter',
			'motor coach',
			'shuttle service',
			'shuttle',
			'student transportation',
			'school transportation'
		],
		means: ['78111803', '78111802']
	},
	{
		say: ['police car', 'cruiser', 'patrol car', 'patrol vehicle', 'police vehicle'],
		means: ['25101702']
	},
	{
		say: ['fire truck', 'firetruck', 'fire engine', 'ladder truck', 'pumper'],
		means: ['25101704', '25101707']
	},
	{ say: ['ambulance', 'rescue truck'], means: ['25101703', '25101708'] },
	{
		say: ['atv', 'four wheeler', 'quad bike', 'utv', 'side by side', 'gator'],
		means: ['25101905', '25101940']
	},
	{ say: ['golf cart', 'utility cart'], means: ['25101904'] },
	{ say: ['motorcycle', 'motorbike', 'scooter'], means: ['25101801', '25101802'] },
	{
		say: ['trailer', 'utility trailer', 'equipment trailer', 'flatbed trailer'],
		means: ['25180000', '25181606']
	},
	{ say: ['boat', 'patrol boat', 'marine vessel'], means: ['25111500', '25110000'] },
	{ say: ['bicycle', 'bike'], means: ['25160000', '25161500'] },
	{
		say: ['car rental', 'rental car', 'rent a car', 'vehicle rental', 'car hire'],
		means: ['78111808']
	},
	{
		say: ['vehicle lease', 'car lease', 'fleet leasing', 'vehicle leasing', 'car leasing'],
		means: ['78111809', '78111811']
	},
	{ say: ['fleet management', 'fleet manager', 'fleet services'], means: ['80161505'] },
	{
		say: ['chauffeur', 'limo', 'limousine', 'car service', 'town car', 'black car'],
		means: ['78111810']
	},
	{ say: ['taxi', 'cab', 'taxi service', 'uber', 'rideshare'], means: ['78111804'] },
	{
		say: [
			'paratransit',
			'medical transportation',
			'non emergency medical transportation',
			'nemt',
			'wheelchair van',
			'dial a ride'
		],
		means: ['78111800', '78111815', 'patient transport']
	},
	{
		say: ['ems', 'ambulance service', 'emergency medical services', 'paramedic', 'emt'],
		means: ['92101902', '78111815', '85121504', 'emergency medical', 'ambulance']
	},
	{
		say: [
			'trucking',
			'freight',
			'hauling freight',
			'freight shipping',
			'ltl',
			'truckload',
			'freight carrier'
		],
		means: ['78101800', '78101802', '78101801']
	},
	{
		say: [
			'logistics',
			'logistics company',
			'3pl',
			'supply chain',
			'freight forwarding',
			'freight forwarder'
		],
		means: ['81141601', '78141501']
	},
	{
		say: ['warehousing', 'warehouse', 'warehouse space', 'storage space', 'storage services'],
		means: ['78131600', '78130000']
	},
	{ say: ['self storage', 'storage unit', 'mini storage'], means: ['78131806'] },
	{
		say: [
			'movers',
			'moving',
			'moving services',
			'moving company',
			'office moving',
			'office relocation',
			'relocation',
			'office move'
		],
		means: ['78101804', '80111506']
	},
	{
		say: [
			'fuel',
			'fuel delivery',
			'heating oil',
			'home heating oil',
			'fuel oil',
			'propane',
			'propane delivery'
		],
		means: ['15100000', '78181701', '83101602']
	},
	{ say: ['gas', 'gasoline', 'unleaded', 'petrol'], means: ['15101506'] },
	{ say: ['diesel', 'diesel fuel', 'ulsd', 'biodiesel'], means: ['15101505'] },
	{ say: ['fuel card', 'gas card', 'fleet card'], means: ['78181704'] },
	{
		say: ['parking', 'parking services', 'valet', 'valet parking', 'parking management'],
		means: ['78181703', '78111807']
	},
	{
		say: [
			'travel agent',
			'travel agency',
			'travel booking',
			'travel management',
			'airline tickets',
			'air travel',
			'flights'
		],
		means: ['90121502', '90121500', '78111502']
	},
	{
		say: ['hotel', 'lodging', 'motel', 'hotel rooms', 'accommodations'],
		means: ['90111500', '90111501', '90111800']
	},

	// Public safety, security and law enforcement
	{
		say: [
			'security guard',
			'security officer',
			'guard service',
			'security services',
			'security company',
			'armed guard',
			'unarmed guard'
		],
		means: ['92121504']
	},
	{
		say: [
			'private investigator',
			'private investigation',
			'investigator',
			'investigations',
			'detective'
		],
		means: ['92121604', '92121601']
	},
	{
		say: [
			'background check',
			'background screening',
			'background investigation',
			'fingerprinting',
			'live scan'
		],
		means: ['80111702', '92121602']
	},
	{
		say: [
			'drug testing',
			'drug test',
			'drug screening',
			'alcohol testing',
			'urinalysis',
			'dot drug testing'
		],
		means: ['85121810']
	},
	{
		say: ['police', 'cops', 'law enforcement', 'policing', 'police department'],
		means: ['92101500', '46150000']
	},
	{
		say: [
			'police equipment',
			'law enforcement equipment',
			'police supplies',
			'duty gear',
			'duty belt'
		],
		means: ['46150000', '46151600']
	},
	{
		say: ['body armor', 'bulletproof vest', 'bullet proof vest', 'ballistic vest', 'body armour'],
		means: ['46151504', '46181502']
	},
	{
		say: [
			'taser',
			'stun gun',
			'conducted energy weapon',
			'pepper spray',
			'oc spray',
			'less lethal',
			'baton'
		],
		means: ['46182500', '46151506', '46151602']
	},
	{
		say: ['ammo', 'ammunition', 'bullets', 'rounds', 'cartridges ammunition'],
		means: ['46101600']
	},
	{
		say: ['guns', 'firearms', 'pistol', 'handgun', 'rifle', 'shotgun', 'weapons'],
		means: ['46101500', '46101504']
	},
	{ say: ['handcuffs', 'cuffs', 'restraints'], means: ['46151601'] },
	{
		say: ['breathalyzer', 'breathalyser', 'breath tester', 'alcohol tester'],
		means: ['46151604', '41116211']
	},
	{
		say: ['radar gun', 'speed radar', 'speed sign', 'speed trailer'],
		means: ['46171616', '46171640']
	},
	{ say: ['evidence', 'forensic', 'crime scene', 'crime lab'], means: ['46151700'] },
	{ say: ['riot gear', 'crowd control', 'riot shield'], means: ['46151500', '46151503'] },
	{ say: ['swat', 'tactical gear', 'tactical equipment'], means: ['92101502', '46150000'] },
	{
		say: [
			'firefighting equipment',
			'firefighter gear',
			'turnout gear',
			'bunker gear',
			'scba',
			'fire hose'
		],
		means: ['46191600', '46182004', '46191603']
	},
	{ say: ['fire extinguisher', 'extinguisher'], means: ['46191601'] },
	{
		say: ['smoke detector', 'carbon monoxide detector', 'co detector'],
		means: ['46191501', '46171613']
	},
	{
		say: ['aed', 'defibrillator', 'automated external defibrillator'],
		means: ['42172101', '42172105']
	},
	{ say: ['first aid kit', 'first aid', 'first aid supplies'], means: ['42172001'] },
	{
		say: [
			'ppe',
			'protective equipment',
			'personal protective equipment',
			'safety equipment',
			'safety gear',
			'safety supplies'
		],
		means: ['46180000', '57333400', '46181500', 'protective']
	},
	{ say: ['safety glasses', 'safety goggles', 'eye protection'], means: ['46181802', '46181804'] },
	{ say: ['hard hat', 'safety helmet', 'hardhat'], means: ['46181701', '46181704'] },
	{
		say: ['safety vest', 'hi vis', 'high visibility', 'reflective vest', 'hi viz'],
		means: ['46181507', '46181566']
	},
	{
		say: [
			'work gloves',
			'safety gloves',
			'gloves',
			'nitrile gloves',
			'latex gloves',
			'exam gloves',
			'disposable gloves'
		],
		means: ['46181504', '42132200']
	},
	{
		say: ['face mask', 'masks', 'n95', 'n95 masks', 'respirator', 'surgical mask'],
		means: ['46182001', '46182002', '46182010']
	},
	{
		say: ['ear plugs', 'earplugs', 'hearing protection', 'ear protection'],
		means: ['46181900', '46181902']
	},
	{
		say: ['safety shoes', 'work boots', 'steel toe boots', 'safety boots', 'steel toe'],
		means: ['46181604', '46181605']
	},
	{
		say: ['fall protection', 'harness', 'safety harness', 'lanyard'],
		means: ['46182300', '46182306']
	},
	{
		say: [
			'emergency management',
			'emergency preparedness',
			'disaster preparedness',
			'disaster recovery planning',
			'emergency planning',
			'fema'
		],
		means: ['93131802', '93131800']
	},
	{ say: ['lifeguard', 'lifeguard services'], means: ['92101904'] },
	{ say: ['search and rescue', 'rescue services', 'rescue'], means: ['92101901', '92101900'] },
	{
		say: ['jail', 'prison', 'corrections', 'correctional', 'inmate', 'detention'],
		means: ['92101701', '72141400']
	},
	{
		say: ['armored car', 'armored car service', 'cash transport', 'cash pickup', 'money transport'],
		means: ['92121800', '92121802']
	},
	{ say: ['k9', 'k 9', 'police dog', 'guard dog', 'canine'], means: ['92121503', '81102811'] },

	// Health and medical
	{
		say: ['doctor', 'physician', 'primary care', 'medical services', 'md'],
		means: ['85121500', '85121502', '85101503']
	},
	{
		say: [
			'nurse',
			'nursing',
			'nurse staffing',
			'travel nurse',
			'rn',
			'lpn',
			'cna',
			'medical staffing',
			'healthcare staffing'
		],
		means: ['80111606', '80111709', '85101600']
	},
	{
		say: [
			'home health',
			'home health care',
			'home care',
			'home health aide',
			'visiting nurse',
			'in home care',
			'caregiver'
		],
		means: ['85121501', '91111600', '85101600']
	},
	{ say: ['hospice', 'end of life care', 'palliative care'], means: ['85171600'] },
	{
		say: ['dentist', 'dental', 'dental care', 'dental services', 'dental clinic'],
		means: ['85122000', '85122001']
	},
	{ say: ['dental supplies', 'dental equipment'], means: ['42150000'] },
	{ say: ['orthodontist', 'orthodontics', 'braces'], means: ['85122005'] },
	{
		say: ['eye doctor', 'optometrist', 'ophthalmologist', 'vision care', 'eye exams', 'eye care'],
		means: ['85121700', '85111611']
	},
	{
		say: [
			'eyeglasses',
			'glasses',
			'prescription glasses',
			'eyewear',
			'spectacles',
			'safety eyewear'
		],
		means: ['42142901', '46181802']
	},
	{
		say: ['hearing aids', 'audiologist', 'audiology', 'hearing test', 'hearing testing'],
		means: ['42211705', '42182400']
	},
	{
		say: [
			'pharmacy',
			'pharmacist',
			'pharmacy services',
			'prescriptions',
			'prescription drugs',
			'medications',
			'drugs',
			'pharmaceuticals',
			'medicine'
		],
		means: ['85121900', '85121902', '51000000']
	},
	{
		say: ['vaccine', 'vaccination', 'flu shots', 'immunization', 'flu clinic'],
		means: ['85111510', '85111512', '51201600']
	},
	{
		say: ['covid testing', 'covid test', 'rapid test', 'test kits', 'covid'],
		means: ['41116100', '85111508']
	},
	{
		say: [
			'lab testing',
			'laboratory testing',
			'lab services',
			'blood work',
			'blood test',
			'blood testing',
			'clinical lab',
			'medical lab',
			'lab work'
		],
		means: ['85121800', '85121801']
	},
	{
		say: ['x ray', 'xray', 'radiology', 'imaging', 'medical imaging', 'diagnostic imaging'],
		means: ['85121808', '42200000']
	},
	{ say: ['mri', 'mri machine', 'mri scan', 'mri scanner'], means: ['42201600', '42201601'] },
	{ say: ['ct scan', 'ct scanner', 'cat scan'], means: ['42201800', '42200000'] },
	{
		say: ['ultrasound', 'sonogram', 'sonography', 'echocardiogram'],
		means: ['42201700', '85121807']
	},
	{
		say: ['ekg', 'ecg', 'ekg machine', 'ecg machine', 'electrocardiogram', 'cardiac monitor'],
		means: ['42181700', '42181701']
	},
	{
		say: [
			'blood pressure cuff',
			'blood pressure monitor',
			'bp cuff',
			'sphygmomanometer',
			'blood pressure machine'
		],
		means: ['42181600', '42181602']
	},
	{ say: ['stethoscope'], means: ['42182100'] },
	{
		say: ['thermometer', 'digital thermometer', 'temperature scanner'],
		means: ['42182200', '41112213']
	},
	{
		say: ['syringes', 'needles', 'hypodermic needles', 'insulin syringes'],
		means: ['42142600', '42142500']
	},
	{
		say: ['bandages', 'band aids', 'bandaids', 'gauze', 'wound care', 'dressings'],
		means: ['42311500', '42310000']
	},
	{
		say: [
			'medical supplies',
			'medical products',
			'clinical supplies',
			'hospital supplies',
			'medical consumables'
		],
		means: ['42000000', '42140000', '42190000']
	},
	{
		say: ['medical equipment', 'medical devices', 'hospital equipment'],
		means: ['42000000', '42180000']
	},
	{
		say: [
			'medical equipment repair',
			'biomedical',
			'biomed',
			'biomedical equipment repair',
			'medical equipment maintenance'
		],
		means: ['85161500', '85161501']
	},
	{
		say: [
			'dme',
			'durable medical equipment',
			'home medical equipment',
			'mobility aids',
			'mobility equipment'
		],
		means: ['42210000', '42211500', '42192210']
	},
	{ say: ['wheelchair', 'power wheelchair', 'wheel chair'], means: ['42192210', '42211500'] },
	{ say: ['walker', 'rollator', 'cane', 'crutches'], means: ['42211505', '42211501', '42211502'] },
	{ say: ['hospital bed', 'patient bed', 'medical bed'], means: ['42192200', '42191800'] },
	{
		say: ['oxygen', 'oxygen concentrator', 'oxygen tanks', 'home oxygen', 'medical oxygen'],
		means: ['42271702', '42271700']
	},
	{ say: ['cpap', 'bipap', 'sleep apnea', 'cpap machine'], means: ['42272200', '42272225'] },
	{ say: ['dialysis', 'hemodialysis', 'kidney dialysis'], means: ['42160000', '42161600'] },
	{
		say: [
			'physical therapy',
			'physical therapist',
			'pt services',
			'physiotherapy',
			'physio',
			'pt',
			'rehab therapy'
		],
		means: ['85122101']
	},
	{
		say: ['occupational therapy', 'occupational therapist', 'ot services', 'ot'],
		means: ['85122102']
	},
	{
		say: ['pt ot', 'pt and ot', 'therapy services', 'rehabilitation', 'rehab', 'therapist'],
		means: ['85122100', '85122101', '85122102']
	},
	{
		say: [
			'speech therapy',
			'speech therapist',
			'speech language pathologist',
			'slp',
			'speech pathology',
			'speech and language'
		],
		means: ['85122100', '85121700']
	},
	{
		say: [
			'aba',
			'aba therapy',
			'applied behavior analysis',
			'autism services',
			'autism therapy',
			'behavior analyst',
			'bcba',
			'behavioral therapy',
			'behavioral health'
		],
		means: ['85121608', '85270000', '86131900']
	},
	{
		say: [
			'mental health',
			'mental health services',
			'counseling',
			'counselling',
			'counselor',
			'counsellor',
			'psychotherapy',
			'clinician',
			'behavioral health services'
		],
		means: ['85121608', '85101504', '85270000']
	},
	{
		say: [
			'psychologist',
			'psychological testing',
			'psychological evaluation',
			'psych eval',
			'neuropsych'
		],
		means: ['85121608', '80111719']
	},
	{
		say: ['psychiatrist', 'psychiatry', 'psychiatric', 'psychiatric services'],
		means: ['85101504', '85121600']
	},
	{
		say: [
			'substance abuse',
			'addiction',
			'drug addiction',
			'addiction treatment',
			'substance use',
			'substance use disorder',
			'drug rehab',
			'alcohol rehab',
			'detox',
			'recovery services',
			'opioid',
			'sud'
		],
		means: ['85122103', '85101506', '85111617']
	},
	{
		say: [
			'drug prevention',
			'substance abuse prevention',
			'addiction prevention',
			'prevention program'
		],
		means: ['93131705', '85111617']
	},
	{ say: ['employee assistance program', 'eap', 'employee assistance'], means: ['84131609'] },
	{
		say: ['telehealth', 'telemedicine', 'virtual care', 'virtual visits'],
		means: ['85101508', '85121502']
	},
	{
		say: ['clinic', 'health center', 'medical office', 'urgent care', 'community health center'],
		means: ['85101500', '85101503', '85101502']
	},
	{ say: ['hospital', 'hospital services'], means: ['85101501', '85101500'] },
	{
		say: [
			'public health',
			'health department',
			'disease prevention',
			'health promotion',
			'health education'
		],
		means: ['85101705', '85110000']
	},
	{
		say: ['epidemiology', 'contact tracing', 'outbreak response', 'disease surveillance'],
		means: ['85111514', '85111500']
	},
	{
		say: [
			'nutrition',
			'nutritionist',
			'dietitian',
			'dietician',
			'nutrition services',
			'nutrition education',
			'wic'
		],
		means: ['85151600', '85151601']
	},
	{
		say: [
			'medical billing',
			'billing service',
			'claims processing',
			'medical coding',
			'revenue cycle'
		],
		means: ['84111506', '84131613']
	},
	{
		say: [
			'health insurance',
			'medical insurance',
			'dental insurance',
			'benefits',
			'employee benefits'
		],
		means: ['84131602', '80111502']
	},
	{
		say: [
			'pre employment physical',
			'physicals',
			'dot physical',
			'employee physicals',
			'occupational health'
		],
		means: ['80111717', '93141808']
	},
	{
		say: ['scrubs', 'lab coat', 'medical scrubs', 'patient gowns', 'hospital gowns'],
		means: ['42131600', '46181532', '42131500']
	},
	{
		say: [
			'funeral',
			'funeral home',
			'funeral services',
			'mortuary',
			'cremation',
			'burial',
			'undertaker'
		],
		means: ['85171500', '85171501']
	},
	{
		say: [
			'veterinarian',
			'vet',
			'veterinary',
			'animal hospital',
			'vet services',
			'veterinary services'
		],
		means: ['70122009', '70122000']
	},
	{ say: ['kennel', 'dog boarding', 'animal shelter', 'pet boarding'], means: ['70121803'] },
	{
		say: ['pet supplies', 'pet food', 'dog food', 'animal food', 'cat food'],
		means: ['10110000', '10121800']
	},
	{
		say: ['cpr mannequin', 'cpr dummy', 'cpr manikin', 'training manikin'],
		means: ['42301503', '42301502']
	},

	// Human services and community
	{
		say: ['deaf', 'hard of hearing', 'hearing impaired', 'deaf services'],
		means: ['82112067', '42211705', '46171627']
	},
	{
		say: [
			'blind people',
			'the blind',
			'visually impaired',
			'low vision',
			'braille',
			'vision impaired'
		],
		means: ['42211702', '42211700']
	},
	{
		say: [
			'social services',
			'social work',
			'social worker',
			'case management',
			'case manager',
			'human services',
			'welfare'
		],
		means: ['93141506', '93141507', '93140000']
	},
	{
		say: [
			'homeless',
			'homeless shelter',
			'homeless services',
			'shelter',
			'emergency shelter',
			'housing assistance',
			'homelessness'
		],
		means: ['94131601', '93131803']
	},
	{
		say: [
			'food bank',
			'food pantry',
			'food assistance',
			'food relief',
			'soup kitchen',
			'meals on wheels'
		],
		means: ['94131602', '90101802', '93131602']
	},
	{
		say: ['legal aid', 'legal assistance', 'pro bono', 'public defender'],
		means: ['94131603', '80121500']
	},
	{
		say: [
			'disability services',
			'people with disabilities',
			'developmental disabilities',
			'special needs',
			'disabled',
			'intellectual disabilities',
			'disabilities'
		],
		means: ['85122109', '86131900', '42210000']
	},
	{
		say: ['special education', 'special ed', 'sped', 'special needs education'],
		means: ['86131900']
	},
	{
		say: [
			'vocational rehabilitation',
			'job training',
			'workforce development',
			'job placement',
			'employment services',
			'career services',
			'job coaching'
		],
		means: ['86101803', '93141801', '93141810']
	},
	{
		say: [
			'youth programs',
			'youth services',
			'after school',
			'afterschool',
			'after school program',
			'youth camp',
			'summer camp',
			'camps'
		],
		means: ['92101702', '86132200']
	},
	{
		say: [
			'childcare',
			'child care',
			'daycare',
			'day care',
			'preschool',
			'pre k',
			'early childhood',
			'nursery school'
		],
		means: ['86121500', '91111600', '60105904']
	},
	{
		say: ['parenting', 'parent education', 'parenting classes', 'family support'],
		means: ['86111603', '60105900']
	},
	{
		say: [
			'reentry',
			're entry',
			'halfway house',
			'sober house',
			'sober living',
			'transitional housing'
		],
		means: ['92101703']
	},
	{
		say: ['refugee', 'refugee resettlement', 'immigrant services', 'immigration services'],
		means: ['93131506', '93131500', '80121803']
	},
	{
		say: [
			'elderly',
			'senior',
			'senior services',
			'elder care',
			'aging',
			'older adults',
			'senior citizens',
			'geriatric',
			'adult day care'
		],
		means: ['91111600', '85101600', '42192203']
	},
	{
		say: ['mediation', 'mediator', 'arbitration', 'dispute resolution', 'conflict resolution'],
		means: ['92111501', '80121707']
	},
	{
		say: [
			'voter registration',
			'elections',
			'election services',
			'ballots',
			'ballot printing',
			'poll workers'
		],
		means: ['93111605', '93111608', '82121513']
	},
	{
		say: ['census', 'survey research', 'polling', 'focus groups'],
		means: ['80171501', '80141500', '93141601']
	},
	{
		say: [
			'community outreach',
			'outreach',
			'community engagement',
			'public outreach',
			'community relations'
		],
		means: ['92101503', '80171907']
	},
	{
		say: [
			'grant writing',
			'grant writer',
			'grants',
			'grant management',
			'fundraising',
			'fund raising',
			'development consultant'
		],
		means: ['80141400', '82111600']
	},
	{ say: ['volunteer', 'volunteer management', 'volunteer coordination'], means: ['93141508'] },
	{
		say: [
			'ada',
			'ada compliance',
			'accessibility',
			'ada consulting',
			'americans with disabilities act',
			'section 508',
			'accessibility consulting'
		],
		means: ['72152705', '42210000', '80101500']
	},
	{
		say: ['historic preservation', 'historic restoration', 'preservation', 'museum', 'archival'],
		means: ['93141713', '82151511']
	},

	// Professional and business services
	{
		say: ['attorney', 'lawyer', 'legal counsel', 'law firm', 'legal', 'legal advice', 'counsel'],
		means: ['80120000']
	},
	{
		say: ['paralegal', 'legal assistant', 'legal secretary'],
		means: ['80111607', '80111710', '80121609']
	},
	{
		say: ['accountant', 'cpa', 'accounting firm', 'accounting', 'bookkeeping', 'bookkeeper'],
		means: ['84111500', '84111504', '84111600']
	},
	{
		say: [
			'auditor',
			'audit',
			'auditing',
			'single audit',
			'financial audit',
			'financial statement audit'
		],
		means: ['84111600', '84111601', '93151607']
	},
	{
		say: ['tax preparation', 'tax preparer', 'tax return', 'tax services', 'tax advice'],
		means: ['84111801', '84111802', '84111800']
	},
	{
		say: ['payroll', 'payroll services', 'payroll processing', 'adp', 'paychex'],
		means: ['84111505']
	},
	{
		say: [
			'financial advisor',
			'investment advisor',
			'financial planning',
			'investment management',
			'wealth management',
			'asset management'
		],
		means: ['84121701', '84121706', '84121700']
	},
	{
		say: ['banking', 'bank', 'banking services', 'credit union', 'treasury services'],
		means: ['84121500', '84111701', '84121503']
	},
	{
		say: [
			'credit card processing',
			'merchant services',
			'payment processing',
			'online payments',
			'payment gateway',
			'epayments'
		],
		means: ['84121608', '84141602']
	},
	{
		say: ['collections', 'collection agency', 'debt collection', 'debt collector'],
		means: ['84101704']
	},
	{
		say: [
			'insurance',
			'insurance broker',
			'insurance agent',
			'insurance agency',
			'insurance services'
		],
		means: ['84130000', '84131500']
	},
	{
		say: [
			'liability insurance',
			'general liability',
			'professional liability',
			'errors and omissions',
			'workers comp',
			'workers compensation'
		],
		means: ['84131607', '84131516', '84131605']
	},
	{ say: ['actuary', 'actuarial', 'actuarial services'], means: ['80101512'] },
	{ say: ['appraiser', 'appraisal', 'real estate appraisal', 'valuation'], means: ['80131802'] },
	{
		say: [
			'real estate',
			'realtor',
			'real estate broker',
			'real estate agent',
			'commercial real estate',
			'property sales'
		],
		means: ['80131600', '80131601']
	},
	{
		say: ['title search', 'title insurance', 'closing services', 'escrow'],
		means: ['80131702', '80131700']
	},
	{
		say: [
			'office space',
			'lease space',
			'commercial lease',
			'office lease',
			'building lease',
			'space rental'
		],
		means: ['80131502', '80131500']
	},
	{
		say: ['auction', 'auctioneer', 'surplus auction', 'online auction'],
		means: ['80141705', '80161702']
	},
	{
		say: [
			'consulting',
			'consultant',
			'management consulting',
			'management consultant',
			'business consulting',
			'business consultant',
			'consultancy',
			'advisory'
		],
		means: ['80101500', '80100000', 'consultation', 'consultancy', 'advisory']
	},
	{ say: ['strategic planning', 'strategic plan', 'strategy consulting'], means: ['80101504'] },
	{
		say: [
			'process improvement',
			'lean six sigma',
			'six sigma',
			'efficiency study',
			'operational review'
		],
		means: ['80101513', '80101702']
	},
	{
		say: ['change management', 'organizational development', 'org development', 'restructuring'],
		means: ['80172103', '80101506']
	},
	{
		say: ['procurement consulting', 'purchasing', 'procurement', 'sourcing', 'purchasing agent'],
		means: ['80101706', '86101704']
	},
	{
		say: [
			'program evaluation',
			'evaluation',
			'evaluator',
			'impact evaluation',
			'performance measurement'
		],
		means: ['80101606', '80101607', '85101707']
	},
	{
		say: ['feasibility study', 'cost benefit analysis', 'needs assessment'],
		means: ['80101601', '80101603']
	},
	{
		say: [
			'economic development',
			'economic impact',
			'economist',
			'economic analysis',
			'economic consulting'
		],
		means: ['81121505', '81121500']
	},
	{
		say: ['statistics', 'statistician', 'statistical analysis', 'data collection'],
		means: ['81130000', '81131500']
	},
	{
		say: ['research', 'research services', 'researcher', 'research and development', 'r and d'],
		means: ['81141901', '81141902']
	},
	{
		say: ['hr', 'hr consulting', 'human resources', 'hr services', 'hr outsourcing', 'peo'],
		means: ['80110000', '80101511', 'human resources']
	},
	{
		say: [
			'temp staffing',
			'temporary staffing',
			'temp agency',
			'temporary staff',
			'temps',
			'temporary help',
			'temp workers',
			'staffing',
			'staffing agency',
			'staffing firm',
			'temporary employees',
			'temporary workers'
		],
		means: ['80111600']
	},
	{
		say: [
			'recruiting',
			'recruiter',
			'recruitment',
			'headhunter',
			'executive search',
			'talent acquisition',
			'hiring',
			'permanent placement'
		],
		means: ['80111701', '80111700']
	},
	{ say: ['laborers', 'general labor', 'day laborers', 'manual labor'], means: ['80111613'] },
	{
		say: [
			'compensation study',
			'classification study',
			'salary survey',
			'job evaluation',
			'pay study'
		],
		means: ['80111502', '80111509']
	},
	{ say: ['job descriptions'], means: ['80111510'] },
	{
		say: [
			'pr',
			'public relations',
			'pr firm',
			'pr agency',
			'communications consultant',
			'media relations',
			'press relations'
		],
		means: ['80170000', '80171800', 'public relations']
	},
	{ say: ['press release', 'news release'], means: ['82111901'] },
	{
		say: [
			'social media',
			'social media marketing',
			'social media management',
			'facebook',
			'instagram'
		],
		means: ['80171602', '82101603']
	},
	{
		say: [
			'marketing',
			'marketing agency',
			'marketing services',
			'digital marketing',
			'marketing firm',
			'marketing consultant'
		],
		means: ['80140000', '80141600', '80141505']
	},
	{
		say: ['seo', 'search engine optimization', 'sem', 'google ads', 'ppc', 'pay per click'],
		means: ['80141633', '82101603']
	},
	{
		say: [
			'advertising',
			'advertising agency',
			'ad agency',
			'ads',
			'media buying',
			'media buy',
			'media placement'
		],
		means: ['82100000', '82101800', '82101900']
	},
	{ say: ['billboard', 'outdoor advertising'], means: ['82101500', '82101701'] },
	{
		say: [
			'radio ads',
			'tv ads',
			'commercials',
			'tv commercial',
			'radio advertising',
			'television advertising',
			'psa'
		],
		means: ['82101600', '82101901', '82101902']
	},
	{
		say: ['branding', 'brand', 'brand identity', 'logo design', 'naming'],
		means: ['80141604', '82141502']
	},
	{
		say: [
			'graphic design',
			'graphic designer',
			'graphics',
			'design services',
			'layout',
			'illustration',
			'illustrator',
			'infographics'
		],
		means: ['82140000', '82141500', '82141502']
	},
	{
		say: ['photographer', 'photography', 'photos', 'headshots', 'event photography'],
		means: ['82131600', '82131604']
	},
	{
		say: [
			'videographer',
			'video production',
			'video',
			'videography',
			'video editing',
			'film production',
			'filmmaker'
		],
		means: ['82131603', '82131505']
	},
	{
		say: [
			'aerial photography',
			'drone photography',
			'aerial imagery',
			'aerial mapping',
			'orthophotography'
		],
		means: ['82131601', '81151603']
	},
	{ say: ['mapping', 'maps', 'cartography'], means: ['81151601', '81151602'] },
	{
		say: [
			'writer',
			'writing',
			'copywriter',
			'copywriting',
			'content writing',
			'technical writer',
			'technical writing',
			'editor',
			'editing',
			'proofreading',
			'proofreader'
		],
		means: ['82111700', '82111500', '82111801']
	},
	{ say: ['newsletter'], means: ['82111902'] },
	{ say: ['publishing', 'publisher', 'book publishing'], means: ['82121800'] },
	{ say: ['market research', 'market study', 'customer survey'], means: ['80141500', '80141501'] },
	{ say: ['telemarketing', 'phone banking', 'outbound calling'], means: ['80141603'] },
	{
		say: [
			'event planning',
			'event planner',
			'event management',
			'meeting planning',
			'conference planning'
		],
		means: ['80141607', '80161502', '80141902']
	},
	{
		say: ['trade show', 'exhibit', 'trade show booth', 'display booth'],
		means: ['80141900', '80141902']
	},
	{
		say: ['awards', 'trophies', 'plaques', 'medals', 'recognition awards'],
		means: ['49101700', '49101702']
	},
	{
		say: ['entertainment', 'entertainer', 'performers', 'dj', 'musician', 'live music'],
		means: ['82151700', '82151704', '90150000']
	},
	{
		say: ['artist', 'mural', 'public art', 'artwork', 'art'],
		means: ['82151500', '82151509', '82151501']
	},
	{
		say: [
			'staging',
			'stage rental',
			'stage lighting',
			'theatrical lighting',
			'audio rental',
			'sound rental'
		],
		means: ['72154067', '82160000']
	},
	{
		say: ['lobbyist', 'lobbying', 'government relations', 'government affairs'],
		means: ['80171906', '80101509']
	},
	{ say: ['crisis communications', 'crisis management'], means: ['80172100', '80172101'] },
	{
		say: ['risk management', 'risk assessment', 'risk consultant', 'enterprise risk'],
		means: ['80101510', '77101501']
	},
	{
		say: [
			'quality assurance',
			'qa',
			'quality control',
			'qc',
			'qa qc',
			'software testing',
			'testing services',
			'qa testing'
		],
		means: ['81111819', '81141500', '81141506', 'quality assurance', 'quality control']
	},
	{
		say: ['calibration', 'calibration services', 'instrument calibration', 'meter calibration'],
		means: ['81141504', '72154201']
	},
	{
		say: [
			'product testing',
			'testing lab',
			'testing laboratory',
			'materials testing',
			'inspection services'
		],
		means: ['81141506', '81141501', '81141503']
	},
	{
		say: [
			'expert witness',
			'litigation support',
			'process server',
			'process serving',
			'subpoena service'
		],
		means: ['80121903', '80121904']
	},
	{
		say: ['investigative services', 'fraud investigation', 'forensic accounting'],
		means: ['92121604', '84111500']
	},
	{
		say: ['records management', 'document management', 'records retention', 'archiving'],
		means: ['80161506', '78131804']
	},
	{ say: ['mailing list'], means: ['80141801', '80141802'] },
	{
		say: ['fulfillment', 'order fulfillment', 'pick and pack', 'kitting', 'fulfilment'],
		means: ['80141606', '78121500']
	},
	{
		say: [
			'packaging',
			'packing',
			'packing supplies',
			'boxes',
			'cardboard boxes',
			'shipping boxes',
			'shipping supplies',
			'bubble wrap'
		],
		means: ['24140000', '73151600', '24112700']
	},
	{ say: ['pallet', 'skids'], means: ['24112700', '24112701', '24112702'] },
	{
		say: ['assembly', 'light assembly', 'contract manufacturing', 'manufacturing', 'manufacturer'],
		means: ['73151500', '73150000']
	},
	{ say: ['sewing', 'alterations', 'tailoring', 'seamstress', 'tailor'], means: ['73141715'] },
	{
		say: ['upholstery', 'upholsterer', 'reupholstery', 'furniture repair', 'reupholstering'],
		means: ['72153600', '76111505']
	},

	// Food, events and hospitality
	{
		say: [
			'catering',
			'caterer',
			'catered',
			'catering services',
			'banquet',
			'boxed lunches',
			'box lunches'
		],
		means: ['90101603', '90101600']
	},
	{
		say: [
			'food service',
			'foodservice',
			'cafeteria',
			'dining services',
			'school lunch',
			'school meals',
			'institutional food'
		],
		means: ['90101700', '90101701']
	},
	{
		say: ['meals', 'meal delivery', 'prepared meals', 'delivered meals', 'meal service'],
		means: ['90101802', '90101801']
	},
	{ say: ['restaurant', 'diner'], means: ['90101501'] },
	{ say: ['food', 'groceries', 'food products', 'food supplies'], means: ['50000000', '50190000'] },
	{
		say: ['produce', 'fresh produce', 'fruits and vegetables', 'vegetables', 'fruit'],
		means: ['50400000', '50300000']
	},
	{ say: ['meat', 'poultry', 'chicken', 'beef', 'pork'], means: ['50110000'] },
	{ say: ['dairy', 'milk', 'cheese', 'eggs'], means: ['50130000'] },
	{ say: ['bakery', 'baked goods', 'bread', 'baker', 'pastries'], means: ['50180000'] },
	{ say: ['snacks', 'chips', 'candy'], means: ['50190000', '50160000'] },
	{ say: ['beverages', 'drinks', 'soda', 'juice', 'soft drinks'], means: ['50200000'] },
	{ say: ['bottled water', 'water delivery', 'spring water'], means: ['50202301', '48101711'] },
	{
		say: ['water cooler', 'water dispenser', 'drinking fountain'],
		means: ['48101711', '48101710']
	},
	{
		say: ['coffee', 'coffee service', 'office coffee', 'coffee machine', 'coffee maker', 'tea'],
		means: ['50201706', '90101901', '48101505']
	},
	{
		say: ['vending', 'vending machine', 'vending services', 'snack machine'],
		means: ['48110000', '72151803']
	},
	{ say: ['ice', 'ice machine', 'ice maker'], means: ['24131900'] },
	{
		say: [
			'kitchen equipment',
			'commercial kitchen',
			'restaurant equipment',
			'food service equipment',
			'foodservice equipment',
			'kitchen appliances'
		],
		means: ['48100000', '72154017']
	},
	{
		say: [
			'kitchen equipment repair',
			'restaurant equipment repair',
			'food service equipment repair'
		],
		means: ['73152106', '72154017']
	},
	{
		say: ['refrigerator', 'fridge', 'freezer', 'commercial refrigerator'],
		means: ['24131500', '24131501']
	},
	{ say: ['microwave oven', 'microwave'], means: ['52141502', '48101500'] },
	{ say: ['dishwasher', 'commercial dishwasher', 'dish machine'], means: ['48101615'] },
	{
		say: [
			'paper plates',
			'disposable cups',
			'plastic utensils',
			'disposables',
			'foodservice disposables',
			'to go containers',
			'takeout containers',
			'napkins'
		],
		means: ['48101900', '52151500']
	},
	{
		say: [
			'laundry',
			'laundry services',
			'linen service',
			'linens',
			'linen rental',
			'uniform rental',
			'dry cleaning',
			'laundromat'
		],
		means: ['91111502', '91111500', '47110000']
	},
	{
		say: [
			'washer and dryer',
			'washing machine',
			'dryer',
			'commercial laundry equipment',
			'laundry equipment'
		],
		means: ['47110000', '47111502']
	},
	{
		say: ['bedding', 'sheets', 'blankets', 'pillows', 'towels', 'bed linen'],
		means: ['52120000', '52121500']
	},
	{ say: ['mattress', 'beds'], means: ['56101508', '56101515'] },
	{
		say: [
			'conference room',
			'meeting room',
			'meeting space',
			'event space',
			'venue',
			'banquet hall',
			'conference center'
		],
		means: ['90111603', '90111601', '90101601']
	},
	{
		say: [
			'gym',
			'fitness center',
			'fitness',
			'health club',
			'gym equipment',
			'fitness equipment',
			'exercise equipment',
			'treadmill',
			'weights'
		],
		means: ['91101501', '49200000']
	},
	{
		say: ['sports equipment', 'athletic equipment', 'athletic supplies', 'sporting goods', 'balls'],
		means: ['49220000', '49160000']
	},

	// Clothing and personal items
	{
		say: ['hoodie', 'sweatshirt', 'hooded sweatshirt', 'fleece'],
		means: ['53101606']
	},
	{
		say: ['life jacket', 'lifejacket', 'life vest', 'pfd', 'personal flotation device'],
		means: ['46161604']
	},
	{ say: ['uniforms', 'work uniforms', 'work clothes', 'workwear'], means: ['53102700'] },
	{ say: ['police uniforms', 'public safety uniforms'], means: ['53102703'] },
	{
		say: ['t shirts', 'tshirts', 'tee shirts', 'shirts', 'polo shirts', 'polos'],
		means: ['53101600', '53103000']
	},
	{ say: ['clothing', 'apparel', 'clothes', 'garments'], means: ['53100000'] },
	{
		say: ['jackets', 'coats', 'outerwear', 'rain gear', 'raincoats'],
		means: ['53101800', '46181543']
	},
	{ say: ['shoes', 'boots', 'footwear', 'sneakers'], means: ['53110000', '53111600'] },
	{ say: ['hats', 'caps', 'baseball caps'], means: ['53102500', '53102516'] },
	{ say: ['backpacks', 'bags', 'tote bags', 'totes'], means: ['53121600', '53121603'] },
	{ say: ['mugs', 'coffee mugs', 'water bottles', 'tumblers'], means: ['52152000', '80141605'] },
	{
		say: [
			'personal care',
			'toiletries',
			'hygiene products',
			'hygiene kits',
			'shampoo',
			'toothpaste',
			'deodorant'
		],
		means: ['53130000', '53131600']
	},
	{
		say: ['diapers', 'nappies', 'adult diapers', 'incontinence supplies', 'briefs'],
		means: ['53102305', '42141600']
	},
	{
		say: ['feminine hygiene', 'tampons', 'sanitary pads', 'menstrual products'],
		means: ['53131615', '53131624']
	},

	// Verbs and near words: the work a verb names ("clean" → cleaning), and words said another
	// way; those with a quality rank below the word itself
	{
		say: ['repair', 'repairing'],
		means: ['maintenance', 'servicing', 'refurbishing'],
		quality: 0.9
	},
	{ say: ['fix', 'fixing', 'fixed'], means: ['repair', 'maintenance'], quality: 0.9 },
	{
		say: ['maintain', 'maintaining', 'upkeep', 'servicing', 'service contract'],
		means: ['maintenance']
	},
	{
		say: ['install', 'installing', 'installed', 'installer', 'put in', 'set up', 'setup'],
		means: ['installation']
	},
	{
		say: ['replace', 'replacing', 'replaced', 'replacements'],
		means: ['replacement', 'installation', 'repair'],
		quality: 0.9
	},
	{ say: ['clean'], means: ['cleaning'] },
	{ say: ['painted', 'repaint', 'repainting'], means: ['painting'] },
	{
		say: [
			'train',
			'teach',
			'teaching',
			'teacher',
			'instruct',
			'instructor',
			'lesson',
			'course',
			'classes',
			'educate',
			'educating'
		],
		means: ['training', 'education', 'instruction'],
		quality: 0.9
	},
	{ say: ['plant', 'planted'], means: ['planting'], quality: 0.9 },
	{ say: ['shrub', 'bush', 'hedge'], means: ['bush', 'shrub', 'ornamental plant'], quality: 0.9 },
	{ say: ['trim', 'trimming', 'prune', 'pruning', 'cut back'], means: ['trimming', 'pruning'] },
	{
		say: ['remove', 'removing', 'removed', 'take away', 'haul away', 'get rid of'],
		means: ['removal', 'disposal'],
		quality: 0.9
	},
	{ say: ['dispose', 'disposing', 'throw away'], means: ['disposal'] },
	{
		say: ['move', 'moved', 'relocate', 'relocating'],
		means: ['relocation', 'moving'],
		quality: 0.9
	},
	{ say: ['deliver', 'delivering', 'drop off'], means: ['delivery'] },
	{
		say: ['ship', 'shipping', 'shipped', 'send'],
		means: ['shipping', 'delivery', 'transport'],
		quality: 0.9
	},
	{ say: ['store', 'storing', 'stored'], means: ['storage'], quality: 0.9 },
	{
		say: ['rent', 'renting', 'rented', 'hire', 'lease', 'leasing'],
		means: ['rental', 'leasing', 'lease'],
		quality: 0.9
	},
	{ say: ['rental'], means: ['leasing', 'lease'], quality: 0.9 },
	{ say: ['print', 'printed'], means: ['printing'] },
	{ say: ['translate', 'translated'], means: ['translation'] },
	{ say: ['interpret'], means: ['interpretation'] },
	{ say: ['inspect', 'inspecting', 'inspector'], means: ['inspection'] },
	{ say: ['test', 'tested', 'tester'], means: ['testing'], quality: 0.9 },
	{
		say: ['build', 'building new', 'construct', 'constructing', 'erect'],
		means: ['construction'],
		quality: 0.9
	},
	{ say: ['designs', 'designing', 'designer'], means: ['design'] },
	{ say: ['develop', 'developing', 'developer'], means: ['development'] },
	{
		say: ['manage', 'managing', 'manager', 'oversee', 'administer', 'administering'],
		means: ['management', 'administration'],
		quality: 0.9
	},
	{
		say: ['cook', 'cooking', 'chef', 'feed', 'feeding'],
		means: ['food', 'catering', 'meal'],
		quality: 0.9
	},
	{ say: ['wash', 'washed'], means: ['washing', 'cleaning'], quality: 0.9 },
	{ say: ['sweep', 'swept'], means: ['sweeping'] },
	{ say: ['pave', 'paved'], means: ['paving'] },
	{ say: ['weld', 'welded'], means: ['welding'] },
	{ say: ['insulate', 'insulating'], means: ['insulation'] },
	{ say: ['demolish', 'demolishing', 'tear down buildings'], means: ['demolition'] },
	{ say: ['dig', 'excavate'], means: ['digging', 'earthmoving'], quality: 0.9 },
	{
		say: ['advise', 'advising', 'advice', 'advisor', 'adviser'],
		means: ['advisory', 'consultation', 'consulting'],
		quality: 0.9
	},
	{ say: ['advertise'], means: ['advertising'] },
	{
		say: ['market', 'promote', 'promoting', 'promotion'],
		means: ['marketing', 'promotion', 'promotional'],
		quality: 0.9
	},
	{
		say: ['photograph', 'take pictures', 'pictures'],
		means: ['photography', 'photographic', 'photographers'],
		quality: 0.9
	},
	{
		say: ['film', 'filming', 'record', 'recording'],
		means: ['video production', 'filming', 'recording'],
		quality: 0.9
	},
	{ say: ['program', 'code'], means: ['programming'], quality: 0.9 },
	{ say: ['monitor', 'monitored'], means: ['monitoring'], quality: 0.9 },
	{ say: ['treat', 'treating'], means: ['treatment'], quality: 0.9 },
	{
		say: [
			'evaluate',
			'evaluating',
			'assess',
			'assessing',
			'analyze',
			'analyse',
			'analyzing',
			'review',
			'reviewing',
			'study'
		],
		means: ['evaluation', 'assessment', 'analysis'],
		quality: 0.9
	},
	{
		say: ['refurbish', 'refurbishing', 'rebuild', 'rebuilding', 'overhaul', 'recondition'],
		means: ['refurbishment', 'refurbishing', 'rebuild']
	},
	{ say: ['drive', 'driver'], means: ['driving', 'drivers', 'transport'], quality: 0.9 },
	{
		say: ['transport', 'transporting', 'carry', 'bring'],
		means: ['transport', 'transportation', 'delivery'],
		quality: 0.9
	},
	{
		say: ['collect', 'collecting', 'pick up', 'pickup service'],
		means: ['collection'],
		quality: 0.9
	},
	{ say: ['mail'], means: ['mailing', 'mail', 'postal'], quality: 0.9 },
	{ say: ['pack', 'package'], means: ['packaging', 'packing', 'parcel'], quality: 0.9 },
	{ say: ['publish'], means: ['publishing'] },
	{ say: ['edit', 'proofread'], means: ['editing', 'proofreading'] },
	{ say: ['write', 'written'], means: ['writing'], quality: 0.9 },
	{ say: ['transcribe'], means: ['transcribing', 'transcription'] },
	{ say: ['staff'], means: ['staffing', 'personnel', 'staff'], quality: 0.9 },
	{
		say: ['employees', 'workers', 'workforce', 'personnel', 'employers'],
		means: ['employee', 'personnel', 'labor', 'staff'],
		quality: 0.9
	},
	{ say: ['take care of', 'look after'], means: ['care', 'assistance'], quality: 0.9 },
	{
		say: ['guard', 'guarding', 'protect', 'protecting', 'secure', 'securing'],
		means: ['security', 'protection', 'guard'],
		quality: 0.9
	},
	{ say: ['patrol', 'patrolling'], means: ['security guard', 'police', 'guard'], quality: 0.9 },
	{
		say: ['exterminate', 'spray for bugs', 'fumigate'],
		means: ['extermination', 'fumigation', 'pest control']
	},
	{ say: ['spray', 'spraying'], means: ['spraying'] },
	{ say: ['seal', 'sealing'], means: ['sealing', 'seal coating', 'caulking'], quality: 0.9 },
	{
		say: ['stripe', 'striped'],
		means: ['pavement marking', 'marking'],
		quality: 0.9
	},
	{ say: ['irrigate', 'irrigating', 'watering'], means: ['irrigation'] },
	{
		say: ['certify', 'certifying', 'certification', 'certified'],
		means: ['certification', 'inspection', 'testing'],
		quality: 0.9
	},
	{ say: ['calibrate', 'calibrating'], means: ['calibration'] },
	{ say: ['upholster', 'reupholster'], means: ['upholstery'] },
	{
		say: ['kids', 'children', 'youth', 'teens', 'teenagers', 'students', 'juveniles', 'minors'],
		means: ['child', 'youth', 'juvenile', 'student', 'pediatric'],
		quality: 0.9
	},
	{
		say: ['auto', 'automobile', 'automotive', 'vehicle'],
		means: ['vehicle', 'automobile', 'automotive', 'car'],
		quality: 0.9
	},
	{
		say: ['road', 'street', 'highway', 'roadway'],
		means: ['road', 'highway', 'street'],
		quality: 0.9
	},
	{ say: ['building', 'facility'], means: ['building', 'facility'], quality: 0.9 },
	{ say: ['yard', 'grass', 'lawns', 'turf'], means: ['lawn', 'grounds'], quality: 0.9 },
	{
		say: ['trash', 'garbage', 'junk', 'waste', 'refuse'],
		means: ['refuse', 'garbage', 'waste'],
		quality: 0.9
	},
	{ say: ['phone', 'telephone'], means: ['telephone', 'phone'], quality: 0.9 },
	{
		say: ['medical', 'health', 'healthcare', 'health care'],
		means: ['medical', 'health', 'healthcare'],
		quality: 0.9
	},
	{ say: ['sick', 'illness', 'disease'], means: ['disease', 'medical'], quality: 0.9 },
	{
		say: ['addicts', 'addicted', 'alcoholism', 'drinking problem', 'drug abuse', 'alcohol abuse'],
		means: ['substance abuse', 'drug addiction', 'alcoholism'],
		quality: 0.9
	},
	{ say: ['law'], means: ['legal', 'law'], quality: 0.9 },
	{
		say: ['money', 'finance', 'financial', 'funds'],
		means: ['financial', 'finance'],
		quality: 0.9
	},
	{
		say: ['town', 'city', 'municipality', 'local government'],
		means: ['municipal', 'city', 'urban', 'town'],
		quality: 0.9
	},
	{
		say: ['government', 'public sector', 'agencies', 'state agencies'],
		means: ['government', 'public'],
		quality: 0.9
	},
	{
		say: ['school', 'classroom'],
		means: ['school', 'classroom', 'educational', 'student'],
		quality: 0.9
	},
	{
		say: ['house', 'home', 'residential'],
		means: ['residential', 'home', 'house', 'dwelling'],
		quality: 0.9
	},
	{ say: ['computing', 'tech'], means: ['computer', 'information technology'], quality: 0.9 },
	{
		say: ['event', 'party', 'celebration', 'ceremony'],
		means: ['event', 'events', 'banquet'],
		quality: 0.9
	},
	{ say: ['kitchen'], means: ['kitchen', 'food service'], quality: 0.9 }
];
