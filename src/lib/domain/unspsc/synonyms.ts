/**
 * Everyday words for things UNSPSC names differently.
 *
 * `say` lists what a supplier types (words or short phrases, matched after the same normalization
 * as titles, so "Laptops" or "laptop" both hit "laptop"). `means` lists what UNSPSC calls it:
 * either an 8-digit code (that code is ranked first among equally matching results) or UNSPSC
 * wording (a phrase; every title containing that phrase counts as matching the typed words).
 *
 * Keep this table small and curated: every code here is checked against the real data by
 * tests/unit/domain/unspsc/search/search.test.ts. Add an entry when a common query finds nothing
 * useful.
 */
export interface UnspscSynonym {
	/** What people type. */
	say: readonly string[];
	/** UNSPSC codes (8 digits) or UNSPSC wording. */
	means: readonly string[];
}

export const UNSPSC_SYNONYMS: readonly UnspscSynonym[] = [
	// Technology
	{ say: ['laptop', 'laptop computer'], means: ['43211503', 'notebook computer'] },
	{ say: ['desktop', 'pc', 'desktop pc'], means: ['43211507'] },
	{ say: ['cell phone', 'cellphone', 'smartphone', 'smart phone'], means: ['43191501'] },
	{ say: ['copier', 'copy machine', 'xerox'], means: ['44101501', 'photocopier'] },
	{ say: ['printer ink', 'ink cartridge'], means: ['44103105'] },
	{ say: ['tv', 'television'], means: ['52161505'] },
	{ say: ['antivirus', 'anti virus'], means: ['43233205'] },
	{ say: ['ethernet cable', 'cat5', 'cat6'], means: ['26121609'] },
	{ say: ['cctv', 'security camera'], means: ['46171610', '46171622'] },
	{ say: ['website', 'web design', 'website design'], means: ['81112103'] },

	// Facilities and grounds
	{ say: ['lawn care', 'lawn mowing', 'grass cutting'], means: ['70111706', '70111710'] },
	{
		say: ['snow plowing', 'snow plow service', 'snow plowing service', 'snow removal'],
		means: ['72102903']
	},
	{ say: ['road salt', 'rock salt', 'ice melt', 'deicer', 'de icer'], means: ['46161506'] },
	{ say: ['janitorial', 'custodial', 'janitor'], means: ['76110000', '76111501'] },
	{ say: ['office cleaning', 'cleaning service'], means: ['76111501'] },
	{ say: ['hvac', 'heating and cooling'], means: ['72151200'] },
	{ say: ['asphalt paving', 'blacktop', 'paving contractor', 'road paving'], means: ['72141103'] },
	{ say: ['exterminator', 'pest control service'], means: ['72102100'] },
	{ say: ['tree removal'], means: ['70111507'] },
	{ say: ['trash pickup', 'trash removal', 'garbage pickup', 'rubbish'], means: ['76121501'] },
	{ say: ['toilet paper'], means: ['14111704'] },
	{ say: ['electrician'], means: ['72151500'] },
	{ say: ['sanitizer', 'hand sanitiser'], means: ['53131626'] },
	{ say: ['ppe', 'protective equipment'], means: ['46180000'] },
	{ say: ['body armor', 'bulletproof vest'], means: ['46151504'] },
	{ say: ['light bulb', 'bulbs'], means: ['39101600'] },

	// Services
	{ say: ['attorney', 'lawyer', 'legal counsel'], means: ['80120000'] },
	{
		say: ['temp staffing', 'temporary staffing', 'temp agency', 'temporary staff'],
		means: ['80111600']
	},
	{ say: ['security guard', 'security officer', 'guard service'], means: ['92121504'] },
	{ say: ['movers', 'moving services', 'moving company'], means: ['78101804'] },
	{ say: ['car rental', 'rental car'], means: ['78111808'] },
	{ say: ['interpreter', 'interpreting'], means: ['82112000'] },

	// Short forms and trade words suppliers use (the titles spell them out or say it otherwise)
	{ say: ['ipad', 'tablet', 'tablet pc'], means: ['43211509'] },
	{ say: ['av', 'a v', 'av equipment', 'audiovisual'], means: ['52161600', '80161507'] },
	{ say: ['usb drive', 'thumb drive', 'flash drive', 'memory stick'], means: ['43202010'] },
	{
		say: ['auto mechanic', 'auto repair', 'car repair', 'mechanic'],
		means: ['78181507', '78181500']
	},
	{ say: ['cpa', 'accountant', 'bookkeeping', 'bookkeeper'], means: ['84111500', '84111600'] },
	{ say: ['asl', 'sign language'], means: ['82112067'] },
	{ say: ['ac unit', 'air conditioner', 'a c unit', 'air conditioning'], means: ['40101701'] },
	{ say: ['pa system', 'p a system', 'loudspeaker system'], means: ['45111705'] },
	{ say: ['atv', 'four wheeler', 'quad bike'], means: ['25101905'] },
	{ say: ['cdl', 'cdl training', 'driving school', 'driver training'], means: ['86131701'] },
	{ say: ['saas', 'cloud software'], means: ['81162000'] },
	{ say: ['paas'], means: ['81162100'] },
	{ say: ['iaas', 'cloud hosting'], means: ['81162200'] },
	{ say: ['ems', 'ambulance service'], means: ['78111815', '85121504'] },
	{ say: ['osha', 'osha training', 'safety training'], means: ['86101709'] },
	{ say: ['chauffeur', 'limo', 'car service'], means: ['78111810'] },
	{ say: ['walkie talkie', 'two way radio', 'handheld radio'], means: ['43191510'] },
	{ say: ['pickup truck', 'pick up truck', 'suv'], means: ['25101507'] },
	{ say: ['window washing', 'window cleaning', 'window washer'], means: ['76111504'] },
	{ say: ['shredding', 'document shredding', 'shredding service'], means: ['80161508'] },
	{ say: ['excavating', 'excavation', 'site work'], means: ['72141505'] },
	{ say: ['wifi', 'wi fi', 'wireless access point'], means: ['43222640', '43222631'] },
	{ say: ['physical therapy', 'physical therapist', 'pt services'], means: ['85122101'] },
	{ say: ['occupational therapist', 'ot services'], means: ['85122102'] },
	{ say: ['hr', 'hr consulting', 'human resources'], means: ['80110000', '80101511'] },
	{ say: ['help desk', 'it support', 'tech support'], means: ['81111811'] },
	{ say: ['background check', 'background screening'], means: ['80111702'] },
	{ say: ['hazmat', 'hazardous waste'], means: ['76121900'] },
	{ say: ['stenographer', 'court reporter'], means: ['82111603'] }
];
