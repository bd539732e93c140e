import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AnswerSchema, type Answer } from '../../../../src/engines/schemas.js';
import { articleFromText } from '../../../../src/article/article.js';
import type { Article } from '../../../../src/article/article-types.js';
import { answerFromArticle, OWN_WORDS_NOTE } from '../../../../src/engines/offline/ask.js';
import { splitSentences } from '../../../../src/engines/offline/sentences.js';

const fixture = articleFromText(readFileSync('test/fixtures/article-id-russia-diplomacy.txt', 'utf8'));

const englishStory = articleFromText(`City to open three winter shelters

Mayor Jane Doe said on Tuesday that the city would open three new winter shelters before December. “We cannot wait for another cold snap to catch people on the street,” she said.

Critics were unconvinced. "It is too little, too late," said Tom Rivera, a spokesman for the Tenants Union. According to Rivera, the shelters will house only 300 people.

The deputy mayor, Ana Ruiz, will run the program. Volunteers have already signed up to staff the first site, which opens next week in a former library.
`);

const NOT_SAID: Answer = { answer: 'The article does not say.', found: false, citations: [] };

/** A found answer is made of whole sentences from the paragraphs it cites. */
function expectGrounded(article: Article, answer: Answer) {
  expect(AnswerSchema.safeParse(answer).success).toBe(true);
  expect(answer.found).toBe(true);
  // An English question about the Indonesian fixture gets the article's own words and a note saying so (issue 12).
  answer = { ...answer, answer: answer.answer.replace(OWN_WORDS_NOTE, '').trim() };
  const cited = article.paragraphs.filter((p) => answer.citations.includes(p.id));
  expect(cited).toHaveLength(answer.citations.length);
  for (const sentence of splitSentences(answer.answer)) {
    expect(cited.some((p) => p.text.includes(sentence.text))).toBe(true);
  }
}

describe('answerFromArticle on the Indonesian fixture', () => {
  it('answers an English question about the Indonesian text through numbers, names and its small lexicon', () => {
    const answer = answerFromArticle(fixture, 'How many troops has Russia placed near the border?');
    expectGrounded(fixture, answer);
    expect(answer.citations).toEqual(['P6']);
    expect(answer.answer).toContain('100.000 tentara');
  });

  it('answers the same question asked in Indonesian', () => {
    const answer = answerFromArticle(fixture, 'Berapa tentara yang ditempatkan Rusia di dekat perbatasan?');
    expectGrounded(fixture, answer);
    expect(answer.answer).toContain('100.000 tentara');
  });

  it('matches a number however its thousands are written', () => {
    for (const question of ['Were 100,000 troops sent?', 'Were 100000 troops sent?']) {
      const answer = answerFromArticle(fixture, question);
      expectGrounded(fixture, answer);
      expect(answer.citations).toContain('P6');
    }
  });

  it('finds what a named person said', () => {
    const answer = answerFromArticle(fixture, 'What did Scholz say?');
    expectGrounded(fixture, answer);
    expect(answer.citations).toContain('P8');
    expect(answer.answer).toContain('tidak ada pembenaran yang masuk akal');
  });

  it('finds where the US embassy is moving', () => {
    const answer = answerFromArticle(fixture, 'Where is the US moving its embassy?');
    expectGrounded(fixture, answer);
    expect(answer.citations).toEqual(['P3']);
    expect(answer.answer).toContain('Lviv');
  });

  it('says the article does not say when nothing in it answers', () => {
    expect(answerFromArticle(fixture, 'What is the price of wheat in Jakarta?')).toEqual(NOT_SAID);
  });

  it('does not answer from one shared common word', () => {
    expect(answerFromArticle(fixture, 'Siapa presiden Indonesia?')).toEqual(NOT_SAID);
  });

  it('does not answer a question made only of function words', () => {
    expect(answerFromArticle(fixture, 'What is it?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle on English copy', () => {
  it('answers with the supporting sentence and its paragraph', () => {
    const answer = answerFromArticle(englishStory, 'How many people will the shelters house?');
    expectGrounded(englishStory, answer);
    expect(answer.citations).toEqual(['P2']);
    expect(answer.answer).toContain('300 people');
  });

  it('finds who runs the program', () => {
    const answer = answerFromArticle(englishStory, 'Who will run the program?');
    expectGrounded(englishStory, answer);
    expect(answer.answer).toContain('Ana Ruiz');
  });

  it('says the article does not say for a question it does not answer', () => {
    expect(answerFromArticle(englishStory, 'What is the price of wheat in Jakarta?')).toEqual(NOT_SAID);
    expect(answerFromArticle(englishStory, 'Who won the football match on Saturday?')).toEqual(NOT_SAID);
  });
});

const bridgeStory = articleFromText(`Town to replace flooded bridge

The town council voted on Tuesday to replace the Mill Lane bridge, which was closed after the floods in March.
Construction will begin on 4 May and should take eight months, the council said.
The new bridge will cost 3.2 million euros, paid by the regional government and the town in equal shares.
Engineer Paula Brandt, who designed the new bridge, said it would stand a metre higher than the old one.
Residents are not allowed to cross the river at Mill Lane until the work is finished.
`);

describe('answerFromArticle: what the question asks for', () => {
  it('answers however the question is worded: "start" finds "begin"', () => {
    for (const question of ['When does construction start?', 'When will construction begin?']) {
      const answer = answerFromArticle(bridgeStory, question);
      expectGrounded(bridgeStory, answer);
      expect(answer.answer).toContain('4 May');
    }
  });

  it('gives the sentence with the number for "how much", the person for "who", the date for "when"', () => {
    expect(answerFromArticle(bridgeStory, 'How much will the bridge cost?').answer).toContain('3.2 million euros');
    expect(answerFromArticle(bridgeStory, 'Who designed the new bridge?').answer).toContain('Paula Brandt');
    expect(answerFromArticle(bridgeStory, 'When was the bridge closed?').answer).toContain('March');
  });

  it('answers a question with two parts part by part', () => {
    const answer = answerFromArticle(bridgeStory, 'How much will it cost and who pays?');
    expectGrounded(bridgeStory, answer);
    expect(answer.answer).toContain('3.2 million euros');
    expect(answer.answer).toContain('regional government');
  });

  it('says which part the article does not answer', () => {
    const answer = answerFromArticle(bridgeStory, 'When will construction begin, and who won the contract?');
    expect(answer.found).toBe(true);
    expect(answer.answer).toContain('4 May');
    expect(answer.answer).toMatch(/who won the contract\? The article does not say\./);
  });

  it('declines a question about something the article never mentions, even when the rest matches', () => {
    expect(answerFromArticle(bridgeStory, 'When will construction of the tunnel begin?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridgeStory, 'How much will the bridge cost in 2030?')).toEqual(NOT_SAID);
  });

  it('declines when the question negates what the sentence affirms, and the reverse', () => {
    expect(answerFromArticle(bridgeStory, 'Who did not design the new bridge?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridgeStory, 'Where are residents allowed to cross the river?')).toEqual(NOT_SAID);
  });

  it('answers an English question on an Indonesian article with the source sentence and a note', () => {
    const answer = answerFromArticle(fixture, 'How many troops has Russia placed near the border?');
    expect(answer.answer).toContain('100.000 tentara');
    expect(answer.answer).toContain(OWN_WORDS_NOTE);
    expect(answerFromArticle(fixture, 'Berapa tentara yang ditempatkan Rusia di dekat perbatasan?').answer).not.toContain(OWN_WORDS_NOTE);
  });

  it('gives the defining sentence for "apa yang dimaksud dengan"', () => {
    const article = articleFromText(`Pasar terapung kembali dibuka

Pasar terapung di tepi sungai kembali dibuka pada Sabtu setelah tiga tahun ditutup. Pedagang menjual sayur dan buah dari perahu. Pasar terapung adalah pasar tempat pedagang berjualan dari atas perahu di sungai. Pengunjung datang sejak pukul lima pagi untuk membeli hasil kebun.
`);
    expect(answerFromArticle(article, 'Apa yang dimaksud dengan pasar terapung?').answer).toContain('tempat pedagang berjualan dari atas perahu');
  });
});

describe('answerFromArticle: every word the question turns on, stated near the answer', () => {
  const market = articleFromText(`Pasar ikan Tanjung Sari dibuka kembali

Pasar Ikan Tanjung Sari adalah pasar ikan terbesar di pesisir utara kabupaten itu. Pasar itu didirikan pada tahun 1974 oleh koperasi nelayan setempat.
Setelah kebakaran, pengelola pasar menutup los ikan asin selama dua bulan. Menurut Kepala Dinas Perikanan B. S. Wirawan, perbaikan los menelan biaya Rp 2 miliar.
Para pedagang mengatakan pembeli mulai kembali sejak pekan lalu. Rapat Terbuka. Dalam rapat itu pedagang dan pengelola saling menyampaikan keluhan secara langsung.
`);

  it('declines a question with a word changed or added that the article does not state', () => {
    expect(answerFromArticle(market, 'Kapan Pasar Ikan Tanjung Sari didirikan?').answer).toContain('1974');
    expect(answerFromArticle(market, 'Kapan Pasar Ikan Tanjung Sari dibubarkan?')).toEqual(NOT_SAID);
    expect(answerFromArticle(market, 'Kapan pasar ikan terkecil di pesisir utara didirikan?')).toEqual(NOT_SAID);
    expect(answerFromArticle(market, 'Kapan Pasar Ikan Tanjung Sari didirikan pada tahun 1980?')).toEqual(NOT_SAID);
  });

  it('does not take a speech verb for a word it shares a root with ("ditutup" is not "said")', () => {
    expect(answerFromArticle(market, 'Kapan para pedagang ditutup?')).toEqual(NOT_SAID);
  });

  it('tolerates a mistyped question word and a name given by its initials', () => {
    expect(answerFromArticle(market, 'Brapa biaya perbaikan los?').answer).toContain('Rp 2 miliar');
    expect(answerFromArticle(market, 'Berapa biaya perbaikan los menurut Budi Santoso Wirawan?').answer).toContain('Rp 2 miliar');
  });

  it('tolerates a question word typed with its letters out of order ("berpaa", "bagaiaman")', () => {
    expect(answerFromArticle(market, 'Berpaa biaya perbaikan los?').answer).toContain('Rp 2 miliar');
    expect(answerFromArticle(market, 'Bagaiaman pedagang dan pengelola menyampaikan keluhan?').answer).toContain('secara langsung');
  });

  it('answers with the neighbouring sentence too when it states the rest of the question', () => {
    const answer = answerFromArticle(market, 'Berapa biaya perbaikan los setelah kebakaran?');
    expect(answer.answer).toContain('Rp 2 miliar');
    expect(answer.answer).toContain('Setelah kebakaran');
  });

  it('gives the sentence that defines the subject for "apa yang dimaksud", not a later mention', () => {
    expect(answerFromArticle(market, 'Apa yang dimaksud dengan Pasar Ikan Tanjung Sari?').answer).toContain('pasar ikan terbesar');
  });
});

describe('answerFromArticle: a heading is not an answer on its own', () => {
  it('gives the sentence after a heading that matches the question', () => {
    const article = articleFromText(`Cara kerja radio komunitas

Radio komunitas di lereng gunung itu menyiarkan kabar desa, harga sayur dan jadwal posyandu setiap pagi sejak tahun lalu.

Siaran Dua Arah. Pendengar menelepon studio dan penyiar menjawab pertanyaan mereka secara langsung, sehingga warga yang tinggal jauh dari balai desa tetap bisa ikut bermusyawarah.
`);
    expect(answerFromArticle(article, 'Apa yang dimaksud dengan siaran dua arah?').answer).toContain('Pendengar menelepon studio');
  });
});

describe('answerFromArticle: the subject named in the lead, and answers that hold what was asked', () => {
  const district = articleFromText(`Kabupaten Sungai Jernih mekar

Kabupaten Sungai Jernih adalah kabupaten di bagian timur provinsi itu yang dibentuk dari pemekaran kabupaten induknya. Ibu kotanya berada di Kota Lembah. Kabupaten ini terdiri atas 12 kecamatan. Luas wilayahnya mencapai 2.350 km² dan sebagian besar berupa hutan. Sejak 1999 kabupaten itu dipimpin seorang bupati yang dipilih langsung.
`);

  it("counts what the paragraph's first sentence names as stated in the sentences that refer back to it", () => {
    expect(answerFromArticle(district, 'Berapa luas Kabupaten Sungai Jernih?').answer).toContain('2.350 km²');
  });

  it('answers "how many" with an amount, not a year', () => {
    expect(answerFromArticle(district, 'Berapa jumlah kecamatan di Kabupaten Sungai Jernih?').answer).toContain('12 kecamatan');
  });

  it('declines "when" when the sentence that matches gives no date', () => {
    expect(answerFromArticle(district, 'Kapan ibu kota Kabupaten Sungai Jernih berada di Kota Lembah?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: spellings and synonyms', () => {
  const profile = articleFromText(`Pelukis dari lereng Merapi

Sutarmi Wirodikromo lahir pada tanggal 3 Mei 1950 di sebuah desa di lereng Merapi dan mulai melukis sejak remaja. Sanggar lukis yang ia kelola berdiri pada tahun 1978 di halaman rumahnya. Lukisan-lukisannya kini tersimpan di sejumlah museum di Yogyakarta dan Jakarta, dan murid-muridnya mengajar di berbagai sekolah seni.
`);

  it('does not take two different words one letter apart for one ("meninggal" is not "tanggal")', () => {
    expect(answerFromArticle(profile, 'Kapan Sutarmi Wirodikromo meninggal?')).toEqual(NOT_SAID);
  });

  it('finds "dibentuk" in "berdiri", one of a few common synonyms', () => {
    expect(answerFromArticle(profile, 'Kapan sanggar lukis Sutarmi dibentuk?').answer).toContain('1978');
  });
});

describe('answerFromArticle: a question in other words than the text, and one the text does not answer', () => {
  const bridge = articleFromText(`Jembatan baru menghubungkan dua kecamatan

Jembatan Sungai Lengkong sepanjang 420 meter rampung pada Maret 2019 dan menghubungkan Kecamatan Tanjung dengan Kecamatan Pasir. Jembatan itu dibangun oleh PT Karya Bahari dengan biaya Rp 310 miliar dari anggaran provinsi.

Uskup Agung Yohanes Sutrisno memberkati jembatan itu pada upacara pembukaan. Sejak itu warga tidak perlu lagi menyeberang dengan perahu, yang dulu memakan waktu satu jam.

Pulau Seruni di muara sungai tidak dapat dihuni karena sering tergenang air pasang.
`);

  it('answers when only the verb differs from the text ("diresmikan" of a bridge the text says was completed)', () => {
    expect(answerFromArticle(bridge, 'Kapan Jembatan Sungai Lengkong diresmikan?').answer).toContain('Maret 2019');
  });

  it('declines a question about an ending the text never states, whatever it says of the beginning', () => {
    expect(answerFromArticle(bridge, 'Kapan Jembatan Sungai Lengkong dibongkar?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Kapan Jembatan Sungai Lengkong ditutup?')).toEqual(NOT_SAID);
  });

  it('declines a question that presupposes an arrest, a seizure or the like the text never states', () => {
    expect(answerFromArticle(bridge, 'Kapan Jembatan Sungai Lengkong disita?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Kapan direktur PT Karya Bahari ditangkap?')).toEqual(NOT_SAID);
  });

  it('declines a qualification, a judgement or a source the text does not give', () => {
    expect(answerFromArticle(bridge, 'Berapa panjang jembatan gantung Sungai Lengkong?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Apa jembatan yang paling kokoh di Kecamatan Tanjung?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Apa jembatan terindah di Kecamatan Tanjung?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Berapa biaya Jembatan Sungai Lengkong menurut warga?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Kapan Jembatan Sungai Lengkong rampung menurut PT Karya Bahari?').answer).toContain('Maret 2019');
    expect(answerFromArticle(bridge, 'Kapan Jembatan Sungai Lengkong rampung menurut Direktur PT Karya Bahari?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Berapa panjang Jembatan Sungai Lengkong pada 2025?')).toEqual(NOT_SAID);
  });

  it("finds the sentence that answers though it names the subject only as 'jembatan itu', the article's lead naming it", () => {
    expect(answerFromArticle(bridge, 'Siapa yang memberkati Jembatan Sungai Lengkong?').answer).toContain('Uskup Agung Yohanes Sutrisno');
  });

  it('answers "who" when the role it names is said another way, with a sentence that names someone else than the question', () => {
    expect(answerFromArticle(bridge, 'Siapa kontraktor Jembatan Sungai Lengkong?').answer).toContain('dibangun oleh PT Karya Bahari');
    expect(answerFromArticle(bridge, 'Siapa arsitek Pulau Seruni?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Siapa kontraktor yang merenovasi Jembatan Sungai Lengkong?')).toEqual(NOT_SAID);
  });

  it('takes a name with a title (of one word or more) the text leaves off for the same name, and one with another first or last name for another', () => {
    expect(answerFromArticle(bridge, 'Siapa Monsinyur Yohanes Sutrisno?').answer).toContain('Uskup Agung Yohanes Sutrisno');
    expect(answerFromArticle(bridge, 'Apa yang diberkati Romo Monsinyur Yohanes Sutrisno?').answer).toContain('memberkati jembatan itu');
    expect(answerFromArticle(bridge, 'Siapa Uskup Agung Yohanes Purnomo?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Siapa Andreas Yohanes Sutrisno?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Siapa Uskup Agung Sutrisno Wibowo?')).toEqual(NOT_SAID);
  });

  it('reads a negation a modal word stands in ("tidak dapat dihuni"), and "non-" as a negation', () => {
    expect(answerFromArticle(bridge, 'Mengapa Pulau Seruni tidak dapat dihuni?').answer).toContain('tergenang air pasang');
    expect(answerFromArticle(bridge, 'Mengapa Pulau Seruni dapat dihuni?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Apa yang dimaksud dengan jembatan non-permanen?')).toEqual(NOT_SAID);
  });

  it('declines "di mana" when the sentence that matches says nothing of a place', () => {
    expect(answerFromArticle(bridge, 'Di mana Uskup Agung Yohanes Sutrisno memberkati jembatan itu?')).toEqual(NOT_SAID);
    expect(answerFromArticle(bridge, 'Di mana Pulau Seruni?').answer).toContain('di muara sungai');
  });
});

describe('answerFromArticle: the first time, and a short answer that goes on', () => {
  const museum = articleFromText(`Museum Bahari dibuka kembali

Museum Bahari di Sunda Kelapa dibuka kembali pada Senin setelah dua tahun direnovasi.

Koleksi tertua Museum Bahari adalah sebuah jukung. Perahu itu dibuat nelayan Bugis pada abad ke-17.

Pameran perahu layar digelar di museum itu sejak tahun 1977, ketika gedungnya diubah dari gudang rempah.
`);

  it('answers "pertama kali" from the sentence that tells when it began, but not "terakhir"', () => {
    expect(answerFromArticle(museum, 'Kapan pameran perahu layar pertama kali digelar di Museum Bahari?').answer).toContain('1977');
    expect(answerFromArticle(museum, 'Kapan pameran perahu layar terakhir digelar di Museum Bahari?')).toEqual(NOT_SAID);
  });

  it('reads "pertama kali" as one phrase that a text naming a second one elsewhere ("kedua") does not contradict', () => {
    const party = articleFromText(`Partai tani di pesisir

Partai Buruh Tani didirikan pada 1921 di Semarang oleh para buruh pelabuhan dan petani tebu. Kongres kedua partai itu digelar pada 1923 di Surabaya dan dihadiri ratusan utusan dari berbagai kota di Jawa. Sejak itu partai tersebut membuka cabang di banyak kabupaten.
`);
    expect(answerFromArticle(party, 'Kapan Partai Buruh Tani pertama kali didirikan?').answer).toContain('1921');
  });

  it('answers "siapa … pertama" though the text names a second something elsewhere ("kedua"): the answer must still name someone', () => {
    const school = articleFromText(`Sekolah tertua di Desa Watu

Sekolah Rakyat Watu dibuka pada 1950 dengan kepala sekolah Budi Santoso, guru dari Kota Lembah. Gedung kedua sekolah itu dibangun warga pada 1975 di tepi sungai. Kini sekolah tersebut mempunyai dua ratus murid dari tiga desa di lereng Gunung Arga.
`);
    expect(answerFromArticle(school, 'Siapa kepala sekolah pertama Sekolah Rakyat Watu?').answer).toContain('Budi Santoso');
  });

  it('answers "berapa lama" with the duration, which the text gives without "lama"', () => {
    expect(answerFromArticle(museum, 'Berapa lama Museum Bahari direnovasi?').answer).toContain('dua tahun direnovasi');
  });

  it('does not let "pertama" through outside a "when" question: "the first exhibition" is one the text may not name', () => {
    expect(answerFromArticle(museum, 'Apa pameran pertama di Museum Bahari?')).toEqual(NOT_SAID);
  });

  it('gives a short answer with the sentence after it in its paragraph', () => {
    const answer = answerFromArticle(museum, 'Apa koleksi tertua Museum Bahari?');
    expect(answer.answer).toContain('sebuah jukung');
    expect(answer.answer).toContain('nelayan Bugis pada abad ke-17');
  });
});

describe('answerFromArticle: words written more than one way', () => {
  const painter = articleFromText(`Pelukis muda dari Lembah Hijau

Sutarmi lahir di Kota Lembah, ibukota Kabupaten Lembah Hijau. Ayahnya bernama Karto Wiryo, seorang petani, dan ibunya Sumirah berjualan di pasar.

Lukisannya tentang El Niño dan kemarau panjang dipamerkan di Jakarta tahun lalu. Pameran itu dikunjungi lebih dari dua ribu orang dalam sepekan, kebanyakan pelajar dan mahasiswa dari luar kota.
`);

  it('reads "orang tua" and "ibu kota" as one word each, as "orangtua" and "ibukota" are written', () => {
    expect(answerFromArticle(painter, 'Siapa orang tua Sutarmi?').answer).toContain('Karto Wiryo');
    expect(answerFromArticle(painter, 'Apa ibu kota Kabupaten Lembah Hijau?').answer).toContain('Kota Lembah, ibukota');
  });

  it('reads "orang tuanya" as "orangtua" with its possessive', () => {
    const singer = articleFromText(`Penyanyi dari Desa Watu

Rina Kartika lahir di Desa Watu dan mulai bernyanyi di paduan suara gereja sejak berusia tujuh tahun. Orang tuanya mengajar di sebuah sekolah dasar di Kecamatan Tanjung. Album pertamanya terjual lebih dari sepuluh ribu keping dan lagu-lagunya sering diputar di radio daerah.
`);
    expect(answerFromArticle(singer, 'Di mana orangtua Rina Kartika mengajar?').answer).toContain('Kecamatan Tanjung');
  });

  it('answers where a word comes from with the language the text names, which is no place', () => {
    const village = articleFromText(`Desa di lereng gunung

Desa Watu terletak di lereng Gunung Arga dan berpenduduk sekitar 2.000 jiwa yang bertani kopi. Kata "watu" berarti "batu" dalam bahasa Jawa, sebab desa itu dibangun di atas hamparan batu kali. Setiap tahun warga menggelar sedekah bumi di balai desa.
`);
    expect(answerFromArticle(village, 'Dari mana asal kata watu?').answer).toContain('dalam bahasa Jawa');
  });

  it('reads "tahta" as "takhta", the Arabic kh written as h', () => {
    const prince = articleFromText(`Pangeran dari Kerajaan Watu

Pangeran Darmo adalah putra sulung Raja Watu dan menjadi pewaris takhta kerajaan itu pada tahun 1820. Ia belajar di pesantren di pesisir utara dan kemudian memimpin armada dagang kerajaan ke Malaka. Rakyat Watu mengenalnya sebagai pangeran yang ramah kepada para nelayan.
`);
    expect(answerFromArticle(prince, 'Kapan Pangeran Darmo menjadi pewaris tahta?').answer).toContain('tahun 1820');
  });

  it('reads "di gunakan" as the verb "digunakan", the prefix typed apart', () => {
    const village = articleFromText(`Desa di lereng gunung

Desa Watu terletak di lereng Gunung Arga dan berpenduduk sekitar 2.000 jiwa. Bahasa Jawa dipakai sehari-hari oleh penduduk Desa Watu, sedangkan bahasa Indonesia diajarkan di sekolah dasar desa itu. Sebagian besar warganya bertani kopi dan sayur lalu menjualnya ke pasar di Kota Lembah setiap pekan.
`);
    expect(answerFromArticle(village, 'Apa bahasa yang di gunakan penduduk Desa Watu?').answer).toContain('Bahasa Jawa dipakai');
  });

  it('matches a word typed without its accents ("El Nino" for "El Niño")', () => {
    expect(answerFromArticle(painter, 'Di mana lukisan Sutarmi tentang El Nino dipamerkan?').answer).toContain('di Jakarta');
  });
});

describe('answerFromArticle: an epithet after a name', () => {
  const kingdom = articleFromText(`Kerajaan Watu

Raja Darmo memerintah Kerajaan Watu selama empat puluh tahun dan memperluas wilayahnya sampai ke pesisir selatan. Penerus Raja Darmo adalah putranya, Pangeran Sena, yang naik takhta pada usia dua puluh tahun. Pada masa Pangeran Sena pelabuhan Watu menjadi ramai oleh pedagang dari seberang laut.
`);

  it('answers a question about "Raja Darmo yang Agung" ("the Great") from a text that names him without the epithet', () => {
    expect(answerFromArticle(kingdom, 'Siapa penerus Raja Darmo yang Agung?').answer).toContain('Pangeran Sena');
  });

  it('still declines when another word is missing too', () => {
    expect(answerFromArticle(kingdom, 'Siapa pengawal Raja Darmo yang Agung?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: a negation met by an opposite', () => {
  const crocodiles = articleFromText(`Penangkaran buaya di Sungai Musi

Buaya muara adalah reptil berdarah dingin yang hidup di sungai dan rawa di pesisir timur Sumatra. Penangkaran di tepi Sungai Musi kini merawat 64 ekor buaya muara dan membuka kunjungan untuk pelajar setiap Sabtu.

Petugas penangkaran memberi makan buaya dua kali sepekan dengan ikan dan ayam dari peternak setempat.
`);

  it('answers "tidak berdarah panas" from "berdarah dingin", and declines "berdarah panas" and "tidak berdarah dingin"', () => {
    expect(answerFromArticle(crocodiles, 'Reptil apa yang tidak berdarah panas dan hidup di sungai?').answer).toContain('Buaya muara');
    expect(answerFromArticle(crocodiles, 'Reptil apa yang berdarah panas dan hidup di sungai?')).toEqual(NOT_SAID);
    expect(answerFromArticle(crocodiles, 'Reptil apa yang tidak berdarah dingin?')).toEqual(NOT_SAID);
  });

  it('answers "tidak campuran" from "murni" (pure), and declines "campuran" of a text that says "murni"', () => {
    const cattle = articleFromText(`Peternakan sapi di Lembah Hijau

Peternakan Arga di Kabupaten Lembah Hijau memelihara sapi bali murni yang didatangkan dari Pulau Bali pada 2010. Sapi-sapi itu merumput di lereng Gunung Arga dan diperah dua kali sehari. Susu dan dagingnya dijual ke pasar Kota Lembah setiap pekan oleh koperasi desa.
`);
    expect(answerFromArticle(cattle, 'Sapi apa yang tidak campuran di Peternakan Arga?').answer).toContain('sapi bali murni');
    expect(answerFromArticle(cattle, 'Sapi campuran apa yang dipelihara Peternakan Arga?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: a negation in a clause of contrast ("sedangkan …")', () => {
  const dynasty = articleFromText(`Wangsa Bulan di Tanah Arga

Menurut kitab lama, wangsa ini berasal dari Dewa Bulan yang turun ke bumi. Dewa itu menikahi seorang putri dan berputra Sang Wirya. Sang Wirya inilah yang dikenal sebagai raja pertama Wangsa Bulan, sedangkan ayah dan kakeknya adalah dewa, bukan raja. Keturunannya memerintah Tanah Arga selama dua belas generasi.
`);

  it('answers from the sentence whose "bukan raja" is said of the father, not of the first king', () => {
    expect(answerFromArticle(dynasty, 'Siapa raja pertama Wangsa Bulan?').answer).toContain('Sang Wirya inilah');
  });

  it('still answers a negated question from the clause of contrast that negates', () => {
    expect(answerFromArticle(dynasty, 'Siapa dalam Wangsa Bulan yang bukan raja?').answer).toContain('ayah dan kakeknya adalah dewa, bukan raja');
  });
});

describe('answerFromArticle: "termasuk", "tergolong" (is among) frame a question as "merupakan" does', () => {
  const campus = articleFromText(`Kampus di kaki gunung

Institut Pertanian Arga adalah perguruan tinggi negeri di kaki Gunung Arga dan salah satu perguruan tinggi terbaik di Indonesia untuk ilmu tanah. Kampus itu didirikan pada 1962 oleh para ahli pertanian dari tiga provinsi. Kini mahasiswanya berasal dari seluruh Nusantara dan dari beberapa negara tetangga.
`);

  it('answers "yang termasuk …" from the sentence that says the subject is one', () => {
    expect(answerFromArticle(campus, 'Apa perguruan tinggi negeri yang termasuk perguruan tinggi terbaik di Indonesia?').answer).toContain('Institut Pertanian Arga');
  });

  it('still declines when the class is another than the text gives', () => {
    expect(answerFromArticle(campus, 'Apa perguruan tinggi negeri yang tergolong perguruan tinggi terburuk di Indonesia?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: "mengapa" answered by a sentence further on that gives a purpose', () => {
  it('gives the sentence with "untuk …" over the first, which only names the subject', () => {
    const church = articleFromText(`Sejarah gereja di pesisir

Gereja Injili Pesisir Arga lahir dari kerja Pendeta Markus Halim, guru yang tiba di Watu pada tahun 1910 dan mengajar di sekolah desa. Ia kemudian berkeliling ke desa-desa nelayan di pesisir utara bersama dua rekannya. Setelah musim hujan tiba, kapal-kapal jarang berlayar. Di setiap kampung mereka membuka kelas malam untuk mengajar anak-anak nelayan membaca dan menulis.
`);
    expect(answerFromArticle(church, 'Mengapa Gereja Injili Pesisir Arga didirikan?').answer).toContain('untuk mengajar anak-anak nelayan');
  });
});

describe('answerFromArticle: a date given as a period', () => {
  it('answers "kapan" with a named period when the text gives no year ("pada masa Neolitikum")', () => {
    const article = articleFromText(`Perahu lesung di museum desa

Museum desa di tepi Danau Sentani memamerkan tiga perahu lesung dari kayu utuh. Menurut pemandu museum, perahu lesung semacam itu sudah dibuat penduduk danau pada masa Neolitikum. Pengunjung boleh menyentuh perahu-perahu itu, tetapi tidak boleh menaikinya karena kayunya rapuh dan mudah retak.
`);
    expect(answerFromArticle(article, 'Kapan perahu lesung dibuat penduduk danau?').answer).toContain('pada masa Neolitikum');
  });
});

describe('answerFromArticle: an amount is not a date', () => {
  it('does not take "1,250" for a year when "kapan" asks for a date', () => {
    const article = articleFromText(`Banjir di lembah Sungai Lengkong

Warga lembah Sungai Lengkong masih membersihkan lumpur dari rumah mereka. Air mulai naik pada 3 Februari 2014 setelah hujan deras semalaman. Banjir besar di Sungai Lengkong itu terjadi begitu cepat dan merendam lebih dari 1,250 rumah warga di tiga desa.
`);
    expect(answerFromArticle(article, 'Kapan banjir besar Sungai Lengkong terjadi?').answer).toContain('3 Februari 2014');
  });
});

describe('answerFromArticle: "di mana" answered with another place than the question names', () => {
  it('prefers the sentence placing the subject over one that only repeats its name after "di"', () => {
    const article = articleFromText(`Air terjun di lereng Prau

Wisatawan makin ramai berdatangan ke air terjun itu setiap akhir pekan, kebanyakan rombongan pelajar dan keluarga. Curug Sewu berada di lereng Gunung Prau, sekitar 40 km dari Semarang. Loket tiket Curug Sewu terletak di Desa Curug Sewu, dekat lapangan parkir yang dikelola warga.
`);
    const answer = answerFromArticle(article, 'Di mana letak Curug Sewu?').answer;
    expect(answer).toContain('40 km dari Semarang');
    expect(answer).not.toContain('Loket tiket');
  });
});

describe('answerFromArticle: "mengapa" asks for a cause', () => {
  it('gives the sentence that states the subject with the one after it that gives the cause', () => {
    const article = articleFromText(`Pasar ikan tutup dua pekan

Pasar Ikan Muara Baru ditutup sementara selama dua pekan mulai Senin, kata pengelola pasar kepada para pedagang yang berkumpul di kantor pengelola. Atap los ikan yang bocor harus diganti seluruhnya sebelum musim hujan, sehingga pasar ditutup. Pedagang diminta memindahkan lapak ke halaman parkir selama pasar ditutup.
`);
    expect(answerFromArticle(article, 'Mengapa Pasar Ikan Muara Baru ditutup?').answer).toContain('Atap los ikan yang bocor');
  });
});

describe('answerFromArticle: a rank is not an amount', () => {
  const district = articleFromText(`Hari jadi Lembah Hijau

Warga merayakan hari jadi kabupaten pekan lalu dengan pawai budaya dan pasar rakyat di alun-alun.

Lembah Hijau adalah kabupaten terluas ke-5 dan terpadat ke-9 di provinsi itu. Kabupaten ini mempunyai luas sebesar 3.120 km², sebagian besar berupa hutan dan kebun kopi, dan berpenduduk sekitar 410.000 jiwa pada sensus terakhir.
`);

  it('answers "berapa luas" with the area, not with "terluas ke-5"', () => {
    expect(answerFromArticle(district, 'Berapa luas Kabupaten Lembah Hijau?').answer).toContain('3.120 km²');
  });

  it('still answers "ke berapa" with the rank', () => {
    expect(answerFromArticle(district, 'Kabupaten Lembah Hijau terluas ke berapa?').answer).toContain('terluas ke-5');
  });
});

describe('answerFromArticle: a place described rather than named', () => {
  it('answers "di mana" with "di bagian utara pulau" in the sentence after the one naming the subject', () => {
    const article = articleFromText(`Benteng tua dipugar

Benteng Karang Putih dibangun pedagang Portugis dan kini menjadi cagar budaya yang dijaga warga setempat dengan bangga, dan setiap tahun dikunjungi ribuan pelajar. Sebagian besar dinding benteng itu terletak di bagian utara pulau, menghadap selat yang dulu ramai dilalui kapal dagang dari berbagai negeri.
`);
    expect(answerFromArticle(article, 'Di mana letak Benteng Karang Putih?').answer).toContain('di bagian utara pulau');
  });
});

describe('answerFromArticle: an acronym for a name the text spells out', () => {
  const article = articleFromText(`Air bersih untuk desa-desa hulu

Badan Pengelola Air Sungai Lengkong berdiri pada tahun 1987 atas prakarsa para kepala desa di hulu sungai. Lembaga itu kini mengalirkan air bersih ke sebelas desa, memungut iuran bulanan dari pelanggan, dan merawat dua bendungan kecil yang dibangun bersama warga.
`);

  it('reads "BPASL" as the name whose initials it gives', () => {
    expect(answerFromArticle(article, 'Kapan BPASL didirikan?').answer).toContain('1987');
  });

  it('declines an acronym the names of the text do not spell', () => {
    expect(answerFromArticle(article, 'Kapan BPASM didirikan?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: "No." before a number', () => {
  it('reads "No. 12/2001" as a number sign, not a negation of the words after it', () => {
    const article = articleFromText(`Desa baru di tepi hutan

Berdasarkan Peraturan Daerah No. 12/2001, Desa Sukamaju memiliki luas wilayah 5,4 km² dan terdiri atas empat dusun. Sebagian besar warganya bertani kopi dan sayur, dan hasil panennya dijual ke pasar kecamatan setiap pekan oleh koperasi desa yang didirikan para petani muda.
`);
    expect(answerFromArticle(article, 'Berapa luas Desa Sukamaju?').answer).toContain('5,4 km²');
  });
});

describe('answerFromArticle: an acronym of a name holding a compound', () => {
  it('reads "RSUD" as "Rumah Sakit Umum Daerah", though "rumah sakit" is one word when compared', () => {
    const article = articleFromText(`Rumah sakit baru di kaki bukit

Rumah Sakit Umum Daerah Kaki Bukit diresmikan pada 2 Mei 2015 oleh gubernur. Rumah sakit itu kini memiliki 150 tempat tidur, ruang gawat darurat yang buka sepanjang hari, dan dua ambulans yang melayani desa-desa di lereng bukit siang dan malam tanpa memungut biaya.
`);
    expect(answerFromArticle(article, 'Kapan RSUD Kaki Bukit diresmikan?').answer).toContain('2 Mei 2015');
  });
});

describe('answerFromArticle: an answer that opens with a pronoun', () => {
  it('gives the sentence before "Ia …", which says who that is', () => {
    const article = articleFromText(`Guru teladan dari pesisir

Sekolah dasar di desa nelayan itu kini punya perpustakaan, kebun sekolah dan kelas komputer berkat kerja keras para gurunya selama sepuluh tahun terakhir.

Rina Wulandari mulai mengajar di sana pada 3 Juli 2009. Ia memenangi lomba guru teladan provinsi 2009 yang pertama kali digelar.
`);
    const answer = answerFromArticle(article, 'Kapan Rina Wulandari memenangi lomba guru teladan pertama kali?').answer;
    expect(answer).toContain('Rina Wulandari mulai mengajar di sana pada 3 Juli 2009. Ia memenangi lomba');
  });
});

describe('answerFromArticle: a place counted ("di tiga desa")', () => {
  it('answers "di mana" with the sentence that places the event in three villages, not the one about another year', () => {
    const article = articleFromText(`Festival layang-layang

Festival Layang-layang Nusantara pertama kali digelar pada 2012 di Pantai Parang Ireng dan kini menjadi agenda tahunan kabupaten itu. Festival Layang-layang Nusantara tahun ini diadakan di tiga desa pesisir sekaligus, dengan lebih dari dua ratus peserta dari berbagai provinsi.
`);
    const answer = answerFromArticle(article, 'Di mana Festival Layang-layang Nusantara diadakan tahun ini?').answer;
    expect(answer).toContain('di tiga desa pesisir');
    expect(answer).not.toContain('Pantai Parang Ireng');
  });
});

describe('answerFromArticle: "di negara mana" answered by a later sentence that names the place', () => {
  const envoy = articleFromText(`Penyiar yang menjadi diplomat

Raden Suryo Adiwinoto Kartanegoro (lahir 1921) adalah duta besar dan wartawan Indonesia. Pada awalnya ia dikenal sebagai penyiar radio yang membacakan berita perang kemerdekaan. Sebagai penyiar radio, ia sering membacakan berita itu dari rumahnya sendiri.

Selain itu ia pernah menjadi duta besar Indonesia di Peru dan Bolivia.
`);

  it('answers with the sentence that places the embassy, though the first names the man and his office', () => {
    expect(answerFromArticle(envoy, 'Di negara manakah Raden Suryo Adiwinoto Kartanegoro menjadi duta besar?').answer).toContain('di Peru dan Bolivia');
  });

  it('does not take a later sentence that names no place, only "dari rumahnya" (from his home)', () => {
    expect(answerFromArticle(envoy, 'Di negara manakah Raden Suryo Adiwinoto Kartanegoro menjadi penyiar radio?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: "apa yang dimaksud" answered by the sentence that defines, not the first that mentions', () => {
  it('gives "X adalah …" further on over the article\'s first sentence', () => {
    const region = articleFromText(`Sejarah Lembah Arga

Putra sang bupati yang masih kecil dititipkan kepada penguasa Tanah Wetan (daerah Wetan) yang bernama Adipati Wetan Sepuh. Menurut catatan keraton, Tanah Wetan adalah daerah kerajaan kecil di tepi Sungai Arga dengan pusat pemerintahan di Desa Karangjati. Kerajaan itu kemudian tunduk kepada kerajaan besar di selatan setelah perang panjang.
`);
    expect(answerFromArticle(region, 'Apa yang dimaksud dengan daerah Tanah Wetan?').answer).toContain('daerah kerajaan kecil di tepi Sungai Arga');
  });
});

describe('answerFromArticle: a borrowed word in its other spelling', () => {
  const clinic = articleFromText(`Klinik di pinggir kota

Pusat Rehabilitasi Harapan menyediakan layanan physiotherapy bagi pasien stroke sejak 2010. Klinik itu juga membuka kelas senam untuk warga lanjut usia setiap pekan dan melatih perawat dari puskesmas sekitar. Biaya layanan di sana sebagian ditanggung oleh pemerintah daerah melalui program kesehatan warga.
`);

  it('reads "fisioterapi" in the question as the "physiotherapy" of the text', () => {
    expect(answerFromArticle(clinic, 'Sejak kapan Pusat Rehabilitasi Harapan menyediakan layanan fisioterapi?').answer).toContain('sejak 2010');
  });

  it('still declines a word the text does not give in any spelling', () => {
    expect(answerFromArticle(clinic, 'Sejak kapan Pusat Rehabilitasi Harapan menyediakan layanan psikoterapi?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: a shell noun the text leaves out', () => {
  const regency = articleFromText(`Kabupaten di lembah

Kabupaten Lembah Hijau memiliki luas 1.250 km² dan berpenduduk 310.000 jiwa yang sebagian besar bertani padi dan kopi di lereng gunung. Kopi Lembah Hijau berasal dari lereng Gunung Arga dan dipetik dua kali setahun.

Batik Lembah Hijau bermotif daun pakis dan berwarna cokelat tanah. Para perajin menjualnya di pasar kabupaten setiap hari Sabtu dan Minggu.

Bendungan Lembah Hijau rampung pada 2004 dan mengairi sawah di tiga kecamatan.
`);

  it('answers "luas daerah X", "motif khas X" from a text that names X alone', () => {
    expect(answerFromArticle(regency, 'Berapa luas daerah Kabupaten Lembah Hijau?').answer).toContain('1.250 km²');
    expect(answerFromArticle(regency, 'Apa motif khas batik Lembah Hijau?').answer).toContain('daun pakis');
  });

  it('answers with a shell noun and a reworded verb both missing, which weigh less than one other word', () => {
    expect(answerFromArticle(regency, 'Kapan sistem Bendungan Lembah Hijau diresmikan?').answer).toContain('2004');
  });

  it('answers a question that names what sort of thing its subject is ("tanaman kopi X") of a text naming the subject alone', () => {
    expect(answerFromArticle(regency, 'Dari mana asal tanaman kopi Lembah Hijau?').answer).toContain('lereng Gunung Arga');
    expect(answerFromArticle(regency, 'Dari mana asal tanaman kopi Lembah Hijau yang pahit?')).toEqual(NOT_SAID);
  });

  it('answers "nama ilmiah X" ("the scientific name") from a text that gives the name without saying so', () => {
    const orchid = articleFromText(`Anggrek dari Gunung Arga

Anggrek bulan hijau adalah anggota famili Orchidaceae yang tumbuh di hutan lembap di lereng Gunung Arga. Bunganya berwarna hijau pucat dan mekar dua kali setahun, biasanya pada awal musim hujan. Para petani di Desa Watu menanamnya di pekarangan untuk dijual ke kota.
`);
    expect(answerFromArticle(orchid, 'Apa nama ilmiah famili anggrek bulan hijau?').answer).toContain('famili Orchidaceae');
  });

  it('answers "definisi sederhana X" ("a simple definition") from the sentence that defines X', () => {
    const cooperative = articleFromText(`Koperasi di Desa Watu

Koperasi adalah badan usaha yang dimiliki dan dijalankan bersama oleh para anggotanya untuk kesejahteraan mereka. Koperasi Tani Watu didirikan pada 1998 oleh empat puluh petani kopi. Kini koperasi itu memiliki gudang, mesin sangrai dan toko di pasar kecamatan yang buka setiap hari.
`);
    expect(answerFromArticle(cooperative, 'Apa definisi sederhana dari koperasi?').answer).toContain('badan usaha');
  });

  it('answers "pulau X" from the sentence that gives X\'s size, when the text calls X "pulau ini" elsewhere', () => {
    const island = articleFromText(`Pulau kelapa di timur

Nusa Arga dapat dicapai dengan kapal feri dari Pelabuhan Watu setiap pagi. Luasnya 850 km² dengan garis pantai sepanjang 120 km. Hutan bakau menutupi sebagian besar pesisir timur. Karena tanahnya subur, pulau ini menjadi penghasil kelapa terbesar di provinsi itu dan mengirim kopra ke Jawa setiap bulan.
`);
    expect(answerFromArticle(island, 'Berapa luas pulau Nusa Arga?').answer).toContain('850 km²');
    expect(answerFromArticle(island, 'Berapa luas danau Nusa Arga?')).toEqual(NOT_SAID);
  });

  it('still declines another word the text does not give, and three shell nouns together', () => {
    expect(answerFromArticle(regency, 'Berapa luas hutan Kabupaten Lembah Hijau?')).toEqual(NOT_SAID);
    expect(answerFromArticle(regency, 'Apa bentuk motif utama khas batik Lembah Hijau?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: the date or amount in a later sentence than the best match', () => {
  const flood = articleFromText(`Banjir di lembah

Banjir Besar Sungai Lengkong adalah banjir yang melanda seluruh lembah dan sawah di kedua tepi Sungai Lengkong. Warga mengungsi ke bukit dan tinggal di pondok kayu sampai air surut. Menurut catatan desa, bencana itu terjadi sekitar abad ke-14 setelah hujan turun tanpa henti.
`);

  it('answers "kapan" with the sentence further on that dates it, when the one naming the subject gives no date', () => {
    expect(answerFromArticle(flood, 'Kapan Banjir Besar Sungai Lengkong melanda lembah?').answer).toContain('abad ke-14');
  });

  it('still declines "siapa" when no sentence that states the question names anyone', () => {
    expect(answerFromArticle(flood, 'Siapa yang menamai Banjir Besar Sungai Lengkong?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: a cause and a population in other words', () => {
  const village = articleFromText(`Desa di tepi hutan

Desa Sukamaju di kaki Gunung Arga berpenduduk 2.300 jiwa yang hidup dari sawah dan kebun kopi. Tahun lalu sawah desa itu gagal panen akibat kemarau panjang yang mengeringkan saluran irigasi. Para petani kini menanam jagung di sebagian lahan sambil menunggu musim hujan tiba.
`);

  it('answers "apa penyebab/alasan …" from the sentence that says "akibat", and "populasi" from "berpenduduk"', () => {
    expect(answerFromArticle(village, 'Apa penyebab sawah Desa Sukamaju gagal panen?').answer).toContain('kemarau panjang');
    expect(answerFromArticle(village, 'Apa alasan sawah Desa Sukamaju gagal panen?').answer).toContain('kemarau panjang');
    expect(answerFromArticle(village, 'Berapa populasi Desa Sukamaju?').answer).toContain('2.300 jiwa');
  });

  it('still declines the cause of something the text does not tell', () => {
    expect(answerFromArticle(village, 'Apa penyebab banjir di Desa Sukamaju?')).toEqual(NOT_SAID);
  });

  it('answers "apa penyebab …" from a sentence that gives the cause with "karena"', () => {
    const market = articleFromText(`Pasar ikan di Kota Lembah

Pasar Ikan Lembah ditutup selama dua pekan pada bulan Maret. Penutupan itu terjadi karena atap los ikan runtuh setelah hujan deras semalaman. Para pedagang berjualan sementara di halaman parkir sampai atap selesai diperbaiki oleh dinas pasar kota dengan biaya dari anggaran daerah.
`);
    expect(answerFromArticle(market, 'Apa penyebab penutupan Pasar Ikan Lembah?').answer).toContain('atap los ikan runtuh');
  });
});

describe('answerFromArticle: "sebelum", "sesudah", "sementara" set the question against the text', () => {
  const ceremony = articleFromText(`Upacara adat di Desa Watu

Upacara Bersih Watu digelar setiap bulan Sura oleh seluruh warga Desa Watu di lereng bukit. Sebelum upacara, warga membersihkan makam leluhur dan menyiapkan tumpeng. Dalam upacara itu para tetua membaca doa dan anak-anak menari di halaman balai desa sampai matahari terbenam.
`);

  it('answers "sebelum upacara" from the sentence that says "sebelum"', () => {
    expect(answerFromArticle(ceremony, 'Apa yang dilakukan warga Desa Watu sebelum upacara?').answer).toContain('membersihkan makam');
  });

  it('declines "sesudah upacara" and "sementara" when the text tells neither', () => {
    expect(answerFromArticle(ceremony, 'Apa yang dilakukan warga Desa Watu sesudah upacara?')).toEqual(NOT_SAID);
    expect(answerFromArticle(ceremony, 'Di mana lokasi sementara Upacara Bersih Watu?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: words that only look like a death', () => {
  const painter = articleFromText(`Pelukis dari Lembah Hijau

Sutarmi lahir di Kota Lembah pada 3 Mei 1950 dan belajar melukis dari pamannya, seorang guru gambar di sekolah desa. Pada musim gugur 1975 ia berangkat ke Paris untuk belajar di sebuah akademi seni rupa. Lukisannya tentang sawah dan pasar kini dipamerkan di banyak galeri di Jawa dan Bali.
`);

  it('reads "musim gugur" as autumn, not a death ("gugur")', () => {
    expect(answerFromArticle(painter, 'Kapan Sutarmi meninggal?')).toEqual(NOT_SAID);
  });

  it('reads "meninggal" (to die) apart from "tinggal" (to stay)', () => {
    const sculptor = articleFromText(`Pematung dari Desa Watu

Darsono lahir di Desa Watu pada 12 Juni 1948 dan belajar memahat kayu dari ayahnya. Sejak 1980 ia tinggal di Yogyakarta, tempat ia membuka sanggar patung untuk anak-anak kampung. Karyanya dipamerkan di Jakarta dan Bandung dan dibeli kolektor dari luar negeri.
`);
    expect(answerFromArticle(sculptor, 'Kapan Darsono meninggal?')).toEqual(NOT_SAID);
    expect(answerFromArticle(sculptor, 'Sejak kapan Darsono tinggal di Yogyakarta?').answer).toContain('Sejak 1980');
  });
});

describe('answerFromArticle: a headquarters and an emblem in other words', () => {
  const company = articleFromText(`Pabrik sepatu dari Lembah Hijau

PT Sepatu Arga adalah produsen sepatu olahraga yang bermarkas di Kota Lembah, Kabupaten Lembah Hijau. Perusahaan itu mempekerjakan 1.200 orang di dua pabrik dan menjual sepatunya ke tujuh negara di Asia dan Eropa. Logo perusahaan itu berupa sebuah gunung hijau di dalam lingkaran putih.
`);

  it('reads "bermarkas di" as where the head office is ("kantor pusat")', () => {
    expect(answerFromArticle(company, 'Di mana kantor pusat PT Sepatu Arga?').answer).toContain('bermarkas di Kota Lembah');
  });

  it('still asks for a branch office ("kantor cabang") the text does not name', () => {
    expect(answerFromArticle(company, 'Di mana kantor cabang PT Sepatu Arga?')).toEqual(NOT_SAID);
  });

  it('reads "HUT" (hari ulang tahun) as the "hari jadi" a text gives', () => {
    const town = articleFromText(`Kota di lembah

Kota Lembah adalah ibu kota Kabupaten Lembah Hijau dan pusat perdagangan kopi di lereng Gunung Arga. Hari jadi Kota Lembah adalah tanggal 12 Maret 1921, ketika pasar kopi pertama dibuka di tepi sungai. Kini kota itu berpenduduk sekitar 85.000 jiwa.
`);
    expect(answerFromArticle(town, 'Kapan HUT Kota Lembah?').answer).toContain('12 Maret 1921');
  });

  it('reads "logo" as "lambang"', () => {
    expect(answerFromArticle(company, 'Apa lambang PT Sepatu Arga?').answer).toContain('gunung hijau');
  });
});

describe('answerFromArticle: a life span in brackets after a name', () => {
  const king = articleFromText(`Raja-raja Kerajaan Watu

Darmo Wijoyo III (Mei 1620 – 3 Juli 1681) adalah raja keempat Kerajaan Watu di pesisir utara Jawa. Ia naik takhta setelah ayahnya wafat dan memerintah selama empat puluh tahun. Pada masa pemerintahannya pelabuhan Watu menjadi pusat perdagangan lada dan kayu jati dari pedalaman.
`);

  it('reads "(1620 – 1681)" after a name as the years of birth and death', () => {
    expect(answerFromArticle(king, 'Kapan Darmo Wijoyo III lahir?').answer).toContain('Mei 1620');
    expect(answerFromArticle(king, 'Kapan Darmo Wijoyo III meninggal?').answer).toContain('3 Juli 1681');
  });

  it('does not read a span too short for a life, such as a term of office, as one', () => {
    const regent = articleFromText(`Bupati Lembah Hijau

Sukarman Hadi menjabat Bupati Lembah Hijau (1980–1985) dan dikenal karena membangun bendungan di Desa Watu. Setelah masa jabatannya berakhir ia mengajar di sebuah sekolah pertanian di Kota Lembah sampai pensiun dan menulis dua buku tentang irigasi sawah untuk para petani muda di desa-desa sekitarnya.
`);
    expect(answerFromArticle(regent, 'Kapan Sukarman Hadi lahir?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: a name made of words the text gives only in other names', () => {
  const regency = articleFromText(`Kabupaten di lereng Gunung Arga

Kabupaten Sari Jaya terletak di Provinsi Jawa Lestari, di lereng selatan Gunung Arga. Kabupaten Sari Jaya memiliki luas 1.250 km² dan berpenduduk sekitar 300.000 jiwa. Ibu kotanya adalah Kota Lembah, pusat perdagangan kopi di provinsi itu. Sebagian besar warganya bekerja sebagai petani kopi dan sayur di lereng gunung.
`);

  it('declines "Kabupaten Lestari" when the text has only "Kabupaten Sari Jaya" and "Jawa Lestari"', () => {
    expect(answerFromArticle(regency, 'Berapa luas Kabupaten Sari Jaya?').answer).toContain('1.250 km²');
    expect(answerFromArticle(regency, 'Berapa luas Kabupaten Lestari?')).toEqual(NOT_SAID);
  });

  it('reads a word the question types in lower case as part of the name when the text always capitalises it', () => {
    expect(answerFromArticle(regency, 'Berapa luas Kabupaten sari jaya?').answer).toContain('1.250 km²');
    expect(answerFromArticle(regency, 'Berapa luas Kabupaten lestari?')).toEqual(NOT_SAID);
  });

  it('still answers about a person the text names by one part of the name at a time, each part alone', () => {
    const farmer = articleFromText(`Petani kopi dari Desa Watu

Santoso lahir di Desa Watu pada 1960 dan sejak muda menanam kopi di lereng Gunung Arga bersama ayahnya. Kini Budi memimpin koperasi petani kopi di desanya, yang menjual kopi ke Kota Lembah dan ke beberapa kota lain di Jawa setiap bulan.
`);
    expect(answerFromArticle(farmer, 'Di mana Budi Santoso lahir?').answer).toContain('di Desa Watu');
    expect(answerFromArticle(regency, 'Berapa luas Kabupaten Lestari?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: "apa yang dimaksud dengan X" answered only by a sentence that defines X', () => {
  const salt = articleFromText(`Garam dari pesisir utara

Petani garam adalah orang yang mengeringkan air laut di tambak hingga tersisa kristal garam. Di Desa Watu, sekitar 200 keluarga bekerja sebagai petani garam pada musim kemarau, dan hasil panen mereka dijual ke pedagang dari Kota Lembah setiap pekan. Harga garam kasar di desa itu naik dua kali lipat tahun ini karena hujan turun lebih lama dari biasanya.
`);

  it('declines when the sentence that matches defines something else and names X only in its definition', () => {
    expect(answerFromArticle(salt, 'Apa yang dimaksud dengan petani garam?').answer).toContain('mengeringkan air laut');
    expect(answerFromArticle(salt, 'Apa yang dimaksud dengan tambak?')).toEqual(NOT_SAID);
  });

  it('answers "siapakah X?" of a common noun with the sentence that defines X, which names no one', () => {
    expect(answerFromArticle(salt, 'Siapakah petani garam?').answer).toContain('orang yang mengeringkan air laut');
    expect(answerFromArticle(salt, 'Siapakah pemilik tambak garam?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: "berapa luas X" answered by a sentence that gives the area of X', () => {
  const regency = articleFromText(`Kabupaten di antara dua gunung

Kabupaten Sari Jaya berada di bagian selatan Provinsi Jawa Lestari. Luas Kabupaten Sari Jaya sekitar 1.250 km² dengan jumlah penduduk mencapai 300.000 jiwa. Kabupaten itu diapit oleh dua gunung berapi, yaitu Gunung Arga (1.580 m) dan Gunung Lawu Kecil (1.311 m). Suhu di sana mencapai 30 derajat Celsius pada siang hari.
`);

  it('does not join the area of one place to the next sentence that names another', () => {
    expect(answerFromArticle(regency, 'Berapa luas Kabupaten Sari Jaya?').answer).toContain('1.250 km²');
    expect(answerFromArticle(regency, 'Berapa luas Gunung Arga?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: "siapa" answered by a sentence that opens with a pronoun', () => {
  const architect = articleFromText(`Arsitek rumah kayu

Pelukis dan arsitek Budi Santoso dikenal dengan karya-karya bergaya tropis dan penggunaan kayu jati di Kota Lembah. Budi juga menulis beberapa buku tentang rumah kayu dan taman kota. Dia merancang sejumlah gedung umum, termasuk Balai Kota Lembah (1998), Pasar Watu (2004), dan Museum Arga (2010).
`);

  it("gives the paragraph's first sentence, which says who 'Dia' is", () => {
    expect(answerFromArticle(architect, 'Siapa yang merancang Museum Arga?').answer).toContain('arsitek Budi Santoso');
  });
});

describe('answerFromArticle: a short answer that ends its paragraph', () => {
  const cooperative = articleFromText(`Koperasi kopi di lereng Gunung Arga

Koperasi Tani Watu didirikan pada 1985 oleh dua puluh petani kopi di lereng Gunung Arga. Pengolahan biji kopi dengan cara basah, seperti diajarkan penyuluh pertanian. Koperasi itu menjemur kopi di Lapangan Watu.

Setiap bulan koperasi mengirimkan hasil panen para anggotanya kepada pedagang di Kota Lembah dengan truk sewaan.
`);

  it('goes with the sentence before it in its paragraph, which it often finishes', () => {
    const answer = answerFromArticle(cooperative, 'Di mana koperasi menjemur kopi?');
    expect(answer.answer).toContain('di Lapangan Watu');
    expect(answer.answer).toContain('Pengolahan biji kopi dengan cara basah');
  });
});

describe('answerFromArticle: a place after a dropped link', () => {
  it('reads "di , Jawa Lestari" (a linked word lost in copying) as saying where', () => {
    const market = articleFromText(`Pasar tradisional tertua

Pasar Watu adalah pasar tradisional di , Jawa Lestari yang sudah berdiri sejak zaman Belanda dan menjadi salah satu pasar tertua yang masih buka hingga sekarang. Pasar ini buka setiap hari sejak subuh. Pedagang sayur dan ikan datang dari desa-desa sekitarnya setiap pagi.
`);
    expect(answerFromArticle(market, 'Dimana letak Pasar Watu?').answer).toContain('Jawa Lestari');
  });
});

describe('answerFromArticle: an eruption in other words', () => {
  const volcano = articleFromText(`Gunung Arga kembali tenang

Letusan Gunung Arga dimulai pada 3 Maret 2010 dan berlangsung hampir dua pekan. Abu vulkanis terbawa angin hingga ke Kota Lembah dan menutup sawah di lereng timur. Warga Desa Watu mengungsi ke balai desa selama lebih dari sebulan dan baru pulang setelah status gunung diturunkan.
`);

  it('reads "letusan" as the eruption ("erupsi") and the eruptions ("meletus") the question asks about', () => {
    expect(answerFromArticle(volcano, 'Kapan Gunung Arga erupsi?').answer).toContain('3 Maret 2010');
    expect(answerFromArticle(volcano, 'When did Gunung Arga erupt?').answer).toContain('3 Maret 2010');
  });
});

describe('answerFromArticle: a name that splits into function words', () => {
  const farmer = articleFromText(`Petani kopi dari Desa Watu

Budi Santoso lahir di Desa Watu pada 12 Juni 1960 dan sejak muda menanam kopi di lereng Gunung Arga. Kini ia memimpin koperasi petani kopi di desanya, yang menjual kopi ke Kota Lembah dan ke beberapa kota lain di Jawa setiap bulan.
`);

  it('does not read "Dian" ("di", "an") as a mistyped question word: the text must name Dian', () => {
    expect(answerFromArticle(farmer, 'Kapan Budi Santoso lahir?').answer).toContain('12 Juni 1960');
    expect(answerFromArticle(farmer, 'Kapan Dian lahir?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: prosperity and decline are opposites', () => {
  const kingdom = articleFromText(`Kerajaan Watu di pesisir utara

Kerajaan Watu runtuh pada tahun 1620 setelah pelabuhannya direbut armada dari seberang laut. Para bangsawan Watu kemudian pindah ke pedalaman dan mendirikan desa-desa kecil di lereng Gunung Arga, tempat keturunan mereka masih tinggal hingga sekarang dan menjaga makam raja terakhir mereka.
`);

  it('declines "kapan … berjaya?" of a text that dates only the collapse, and answers the collapse', () => {
    expect(answerFromArticle(kingdom, 'Kapan Kerajaan Watu runtuh?').answer).toContain('1620');
    expect(answerFromArticle(kingdom, 'Kapan Kerajaan Watu berjaya?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: a step-parent is another person', () => {
  const family = articleFromText(`Keluarga petani kopi

Budi Santoso lahir di Desa Watu pada 1960 dan dibesarkan oleh orang tuanya, Hadi Wiryo dan Sari Dewi, petani kopi di desa itu. Sejak muda Budi menanam kopi di lereng Gunung Arga dan kini memimpin koperasi petani kopi yang menjual hasil panennya ke Kota Lembah.
`);

  it('declines "orang tua angkat" (adoptive) of a text that names only the parents', () => {
    expect(answerFromArticle(family, 'Siapa orang tua Budi Santoso?').answer).toContain('Sari Dewi');
    expect(answerFromArticle(family, 'Siapa orang tua angkat Budi Santoso?')).toEqual(NOT_SAID);
  });
});

describe('answerFromArticle: "apa saja jenis X" asks for the kinds of X', () => {
  const cooperative = articleFromText(`Koperasi kopi Desa Watu

Desa Watu berada di lereng Gunung Arga dan dihuni sekitar 300 keluarga petani. Koperasi tani adalah badan usaha milik para petani yang mengolah dan menjual hasil panen anggotanya bersama-sama.

Koperasi Tani Watu menjual tiga macam kopi, yaitu arabika, robusta, dan kopi luwak, ke pedagang di Kota Lembah setiap bulan. Harga kopi luwak paling mahal karena jumlahnya sedikit.
`);

  it('answers with the sentence that speaks of kinds ("tiga macam"), and declines when the text gives only a definition', () => {
    expect(answerFromArticle(cooperative, 'Apa saja jenis kopi yang dijual Koperasi Tani Watu?').answer).toContain('tiga macam kopi');
    expect(answerFromArticle(cooperative, 'Apa saja jenis badan usaha milik petani?')).toEqual(NOT_SAID);
  });
});
