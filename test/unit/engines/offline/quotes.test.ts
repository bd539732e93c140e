import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QuoteListSchema, type Quote } from '../../../../src/engines/schemas.js';
import { articleFromText } from '../../../../src/article/article.js';
import type { Article } from '../../../../src/article/article-types.js';
import { officeBeforeName, sameSpeaker } from '../../../../src/checks/names.js';
import { splitOfficeFromName } from '../../../../src/checks/office-name-split.js';
import { extractQuotes } from '../../../../src/engines/offline/quotes.js';

const fixture = articleFromText(readFileSync('test/fixtures/article-id-russia-diplomacy.txt', 'utf8'));

const englishStory = articleFromText(`City to open three winter shelters

Mayor Jane Doe said on Tuesday that the city would open three new winter shelters before December. “We cannot wait for another cold snap to catch people on the street,” she said.

"Every night counts. The council has the money, and we intend to spend it," Doe added, speaking at City Hall.

Critics were unconvinced. "It is too little, too late," said Tom Rivera, a spokesman for the Tenants Union. According to Rivera, the shelters will house only 300 people.

Rivera told reporters that the union would keep pressing the council. He said the budget was "a disgrace to a rich city". Officials describe the sites as "warming centres".

The deputy mayor, Ana Ruiz, will run the program. "Volunteers have already signed up to staff the first site.

"We will open the second one as soon as the heating is fixed," Ruiz said.

"Cities cannot do this alone," said U.S. Senator Maria Lopez, who toured the site. "We need more beds," a volunteer said.
`);

function quoteStarting(article: Article, opening: string): Quote {
  const quote = extractQuotes(article).quotes.find((q) => q.quote.startsWith(opening));
  if (!quote) throw new Error(`no quote starting "${opening}"`);
  return quote;
}

function paragraphText(article: Article, id: string): string {
  return article.paragraphs.find((p) => p.id === id)!.text;
}

describe('extractQuotes on the Indonesian fixture', () => {
  const result = extractQuotes(fixture);

  it('returns a valid quote list whose quotes stand verbatim, between quote marks, in their paragraph', () => {
    expect(QuoteListSchema.safeParse(result).success).toBe(true);
    expect(result.quotes.length).toBeGreaterThanOrEqual(8);
    for (const quote of result.quotes) {
      const text = paragraphText(fixture, quote.paragraph);
      expect(text).toContain(quote.quote);
      const at = text.indexOf(quote.quote);
      expect(['"', '“']).toContain(text[at - 1]);
      expect(quote.translation).toBeNull();
    }
  });

  it.each([
    ['Saya akan menyarankan', 'Sergey Lavrov', 'P2'],
    ['Baik', 'Vladimir Putin', 'P2'],
    ['Masih harus dilihat', 'Stephen Nix', 'P3'],
    ['Jalan diplomasi', 'Antony Blinken', 'P4'],
    ['Kami berharap', 'Antony Blinken', 'P4'],
    ['Mereka juga meninjau', 'Gedung Putih', 'P5'],
    ['tidak ada pembenaran', 'Olaf Scholz', 'P8'],
  ])('attributes "%s…" to %s, by the fullest name the article gives', (opening, speaker, paragraph) => {
    const quote = quoteStarting(fixture, opening);
    expect(quote.speaker).toBe(speaker);
    expect(quote.paragraph).toBe(paragraph);
  });

  it('gives the role the article states with the name, and none where it states none', () => {
    expect(quoteStarting(fixture, 'Jalan diplomasi').role).toBe('Menteri Luar Negeri AS');
    expect(quoteStarting(fixture, 'Baik').role).toBe('Presiden Rusia');
    expect(quoteStarting(fixture, 'tidak ada pembenaran').role).toBe('Kanselir Jerman');
    expect(quoteStarting(fixture, 'Masih harus dilihat').role).toBe('Institut Republik Internasional');
    expect(quoteStarting(fixture, 'Mereka juga meninjau').role).toBeNull();
  });

  it('tells fragments quoted inside a sentence from whole utterances', () => {
    const scholz = quoteStarting(fixture, 'tidak ada pembenaran');
    expect(scholz).toMatchObject({ quote: 'tidak ada pembenaran yang masuk akal', kind: 'partial' });
    const agreed = quoteStarting(fixture, 'setuju bahwa');
    expect(agreed.kind).toBe('partial');
    expect(agreed.speaker).toBe('pemerintah Inggris');
    expect(quoteStarting(fixture, 'Saya akan menyarankan').kind).toBe('full');
    expect(quoteStarting(fixture, 'Baik').kind).toBe('full');
  });

  it('leaves a quote attributed to "percakapan" (a conversation between two people) without a speaker rather than guess', () => {
    const quote = quoteStarting(fixture, 'Selalu ada kesempatan');
    expect(quote).toMatchObject({ speaker: null, kind: 'full', paragraph: 'P1' });
  });

  it('does not list the two-word scare quote "tawaran dialog", which nobody is said to say', () => {
    expect(result.quotes.map((q) => q.quote)).not.toContain('tawaran dialog');
  });

  it('puts indirect speech among paraphrases, with its speaker and the reported clause, never among quotes', () => {
    const lavrov = result.paraphrases.find((p) => p.statement.startsWith('pembicaraan para pemimpin Eropa'));
    expect(lavrov).toMatchObject({ speaker: 'Sergey Lavrov', paragraph: 'P1' });
    const blinken = result.paraphrases.find((p) => p.paragraph === 'P4');
    expect(blinken).toMatchObject({ speaker: 'Antony Blinken', statement: 'Washington akan terus mendorong upaya diplomatik' });
    expect(result.paraphrases.find((p) => p.statement.startsWith('Biden dan Johnson membahas'))?.speaker).toBe('Gedung Putih');
    expect(result.quotes.some((q) => q.quote.includes('pembicaraan para pemimpin'))).toBe(false);
  });
});

describe('extractQuotes on English copy', () => {
  const result = extractQuotes(englishStory);

  it('reads curly and straight quote marks, and keeps a quote of several sentences whole', () => {
    expect(quoteStarting(englishStory, 'We cannot wait')).toMatchObject({ speaker: 'Jane Doe', role: 'Mayor', kind: 'full', paragraph: 'P1' });
    expect(quoteStarting(englishStory, 'Every night counts')).toMatchObject({
      quote: 'Every night counts. The council has the money, and we intend to spend it,',
      speaker: 'Jane Doe',
      kind: 'full',
    });
  });

  it('finds the speaker after "said", with the role given in apposition', () => {
    expect(quoteStarting(englishStory, 'It is too little')).toMatchObject({
      speaker: 'Tom Rivera',
      role: 'spokesman for the Tenants Union',
    });
  });

  it('resolves "he said" to the last named speaker and marks a fragment as partial', () => {
    expect(quoteStarting(englishStory, 'a disgrace')).toMatchObject({
      quote: 'a disgrace to a rich city',
      speaker: 'Tom Rivera',
      kind: 'partial',
    });
  });

  it('gives a quote left open at the end of a paragraph the speaker of the paragraph that continues it', () => {
    expect(quoteStarting(englishStory, 'Volunteers have already')).toMatchObject({
      quote: 'Volunteers have already signed up to staff the first site.',
      speaker: 'Ana Ruiz',
    });
    expect(quoteStarting(englishStory, 'We will open the second')).toMatchObject({ speaker: 'Ana Ruiz', paragraph: 'P6' });
  });

  it('splits a title from the name, and leaves a quote from someone unnamed without a speaker', () => {
    expect(quoteStarting(englishStory, 'Cities cannot')).toMatchObject({ speaker: 'Maria Lopez', role: 'U.S. Senator' });
    expect(quoteStarting(englishStory, 'We need more beds').speaker).toBeNull();
  });

  it('skips a short scare-quoted term and reports "said that" and "according to" as paraphrases', () => {
    expect(result.quotes.some((q) => q.quote === 'warming centres')).toBe(false);
    expect(result.paraphrases).toContainEqual({
      speaker: 'Jane Doe',
      statement: 'the city would open three new winter shelters before December',
      paragraph: 'P1',
    });
    expect(result.paraphrases).toContainEqual({ speaker: 'Tom Rivera', statement: 'the shelters will house only 300 people', paragraph: 'P3' });
    expect(result.paraphrases).toContainEqual({ speaker: 'Tom Rivera', statement: 'the union would keep pressing the council', paragraph: 'P4' });
  });
});

describe('sameSpeaker', () => {
  it('matches a name with its surname, its full form and its titled form, whatever the case', () => {
    expect(sameSpeaker('Putin', 'Vladimir Putin')).toBe(true);
    expect(sameSpeaker('Presiden Rusia Vladimir Putin', 'Putin')).toBe(true);
    expect(sameSpeaker('Vladimir Putin', 'Presiden Rusia Vladimir Putin')).toBe(true);
    expect(sameSpeaker('blinken', 'Antony Blinken')).toBe(true);
    expect(sameSpeaker('Menteri Luar Negeri AS Antony Blinken', 'Blinken')).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(sameSpeaker('Putin', 'Lavrov')).toBe(false);
    expect(sameSpeaker('Putin', 'Gedung Putih')).toBe(false);
    expect(sameSpeaker('Vladimir Putin', 'Sergey Lavrov')).toBe(false);
    expect(sameSpeaker('', 'Lavrov')).toBe(false);
  });
});

describe('extractQuotes on scraped and Indonesian copy (issue 12)', () => {
  const story = articleFromText(`Banjir rendam dua desa

Banjir merendam dua desa di tepi Sungai Lestari sejak Minggu malam. " Air naik cepat sekali. Kami hanya sempat menyelamatkan surat-surat, " keluh Warsini, warga Desa Hilir.

”Bantuan sudah dikirim sejak pagi,“ tulis Kepala Badan Penanggulangan Bencana Daerah Kabupaten Lestari, Agus Priyanto, dalam pesan singkat.

Agus mengatakan, pengungsi ditampung di balai desa. "Kami harap air surut besok," harap Agus.

Warga mengikuti doa bersama bertajuk "Bersama Bangkit Setelah Banjir di Tepi Sungai" di masjid desa.
`);
  const result = extractQuotes(story);

  it('keeps a quote opened by a mark followed by a space whole, with its speaker from an attribution verb outside the old list', () => {
    expect(quoteStarting(story, 'Air naik cepat')).toMatchObject({
      quote: 'Air naik cepat sekali. Kami hanya sempat menyelamatkan surat-surat,',
      speaker: 'Warsini',
    });
  });

  it('reads marks typed in the wrong direction, and gives the name as the speaker and the office as the role', () => {
    expect(quoteStarting(story, 'Bantuan sudah dikirim')).toMatchObject({
      speaker: 'Agus Priyanto',
      role: 'Kepala Badan Penanggulangan Bencana Daerah Kabupaten Lestari',
    });
  });

  it('finds the speaker after "harap"', () => {
    expect(quoteStarting(story, 'Kami harap air surut')).toMatchObject({ speaker: 'Agus Priyanto' });
  });

  it('does not list a quoted event title as a quote', () => {
    expect(result.quotes.some((q) => q.quote.startsWith('Bersama Bangkit'))).toBe(false);
  });

  it('quotes only what stands in the article', () => {
    const body = story.paragraphs.map((p) => p.text).join('\n');
    for (const quote of result.quotes) expect(body).toContain(quote.quote);
  });
});

describe('extractQuotes: a role after the verb pointing back to someone named earlier', () => {
  it('gives the quote to the person the story last named, with the description as the role', () => {
    const story = articleFromText(`Penyiar legendaris pensiun

Setelah 40 tahun di udara, Bambang Sutrisno membacakan berita terakhirnya pada Jumat pagi di Radio Suara Kota.

"Saya berterima kasih kepada semua pendengar yang setia menemani," ujar penyiar senior itu sambil menahan haru.

Stasiun radio itu akan memutar ulang siaran-siaran terbaiknya selama sepekan untuk menghormati masa baktinya.
`);
    expect(quoteStarting(story, 'Saya berterima kasih')).toMatchObject({ speaker: 'Bambang Sutrisno', role: 'penyiar senior' });
  });
});

describe('extractQuotes: names in quote marks and stray marks are not quotations', () => {
  const story = articleFromText(`Kampung nelayan menata ulang dermaga

Kepala Desa Rawa Indah, Sutomo, menilai program itu belum "menggigit" bagi nelayan kecil. Ia menyebut konsep "dermaga bersama" sebagai jalan keluar.

Dalam lokakarya bertema "Laut Sehat untuk Generasi Mendatang", Sutomo mengatakan, nelayan perlu dilibatkan sejak awal. "Kami tidak mau hanya jadi penonton," kata Sutomo.

"Merdeka" seru para nelayan ketika kapal pertama bersandar di dermaga baru itu pada Senin pagi.

Pembangunan tahap kedua dijadwalkan tahun depan. "Sebagian dana berasal dari koperasi. Nelayan juga menyumbang tenaga. Pemerintah kabupaten menanggung sisanya dan pengawasan dilakukan bersama.
`);
  const quotes = extractQuotes(story).quotes.map((q) => q.quote);

  it('skips a scare quote, a quoted term and a quoted title, which end on a bare word and nobody says', () => {
    expect(quotes).not.toContain('menggigit');
    expect(quotes).not.toContain('dermaga bersama');
    expect(quotes).not.toContain('Laut Sehat untuk Generasi Mendatang');
    expect(quotes).toContain('Kami tidak mau hanya jadi penonton,');
  });

  it('keeps a one-word cry when someone is said to utter it right after', () => {
    expect(quotes).toContain('Merdeka');
  });

  it('does not take narration after a mark that is never closed, and not continued, for a quotation', () => {
    expect(quotes.some((q) => q.startsWith('Sebagian dana'))).toBe(false);
  });
});

describe('extractQuotes: the office goes to the role, the name to the speaker', () => {
  const story = articleFromText(`Jembatan gantung diperbaiki

Direktur Jenderal Bina Marga Kementerian Pekerjaan Umum Hendra Wiratama meninjau jembatan gantung di Desa Sukamaju pada Selasa. "Perbaikan selesai sebelum musim hujan," kata Hendra.

"Kami sudah lama menunggu jembatan ini," kata Rina Kusuma, warga Desa Sukamaju.

"Anak-anak bisa kembali ke sekolah tanpa memutar jauh," ujar Darto yang merupakan guru sekolah dasar setempat.

"Lalu lintas kami atur selama pekerjaan berlangsung," kata Kombes Yudi Prakoso di lokasi.
`);

  it('splits a long office that names an organisation from the name the article later uses on its own', () => {
    expect(quoteStarting(story, 'Perbaikan selesai')).toMatchObject({
      speaker: 'Hendra Wiratama',
      role: 'Direktur Jenderal Bina Marga Kementerian Pekerjaan Umum',
    });
  });

  it('takes a role given after the name: an appositive after a comma, or "yang merupakan …"', () => {
    expect(quoteStarting(story, 'Kami sudah lama')).toMatchObject({ speaker: 'Rina Kusuma', role: 'warga Desa Sukamaju' });
    expect(quoteStarting(story, 'Anak-anak bisa')).toMatchObject({ speaker: 'Darto', role: 'guru sekolah dasar setempat' });
  });

  it('reads a police rank as a title', () => {
    expect(quoteStarting(story, 'Lalu lintas')).toMatchObject({ speaker: 'Yudi Prakoso', role: 'Kombes' });
  });
});

describe('extractQuotes: a place after a title belongs to the role', () => {
  it('tells the region a title heads from the name that follows it', () => {
    const story = articleFromText(`Pasar baru dibuka

Pasar tradisional di Sukamaju Timur dibuka kembali setelah direnovasi selama enam bulan dengan dana daerah dan bantuan koperasi pedagang setempat. Los ikan, sayur dan daging kini dipisah agar lebih bersih.

"Pedagang bisa berjualan lagi mulai besok pagi," kata Bupati Sukamaju Timur Hendro Wibisono saat meresmikan pasar itu.
`);
    expect(quoteStarting(story, 'Pedagang bisa')).toMatchObject({ speaker: 'Hendro Wibisono', role: 'Bupati Sukamaju Timur' });
  });
});

describe('extractQuotes: speakers whose offices run long (issue 12, roles)', () => {
  const story = articleFromText(`Layanan kesehatan keliling diperluas

Direktur Pelayanan Kesehatan Kementerian Sosial Ratna Dewi Lestari meninjau klinik keliling di Desa Sumber Makmur. "Klinik ini melayani tiga kecamatan," kata Direktur Pelayanan Kesehatan Kementerian Sosial Ratna Dewi Lestari.

"Pengamanan selama kunjungan kami siapkan bersama warga," kata Kepala Bidang Humas Polda Lestari Raya Komisaris Besar Hadi Wiyono di lokasi.

"Tambahan dokter datang bulan depan," ujar Menteri Kesehatan Arif Santoso Wibowo. Ia menambahkan bahwa anggaran sudah disiapkan. Menurut Arif, sepuluh dokter baru akan ditempatkan di klinik itu.

Di sela kunjungan itu juru bicara kementerian memberi keterangan. "Data pasien kami simpan di puskesmas," kata Juru Bicara Menteri K Anwar Hidayat. Anwar juga membagikan jadwal klinik.

"Kami senang klinik ini datang," kata Sutini Rahayu, warga Desa Sumber Makmur yang datang bersama cucunya. Wiyono juga menyapa warga.

"Kami ikut menjaga klinik pada malam hari," kata Kepala Seksi Operasional Kecamatan Sari Jaya Bambang Irawan Putra.
`);

  it('ends the office after the organisation it names when the article never uses the name alone', () => {
    expect(quoteStarting(story, 'Klinik ini melayani')).toMatchObject({
      speaker: 'Ratna Dewi Lestari',
      role: 'Direktur Pelayanan Kesehatan Kementerian Sosial',
    });
  });

  it('puts a police rank after the office into the role, not into the name', () => {
    expect(quoteStarting(story, 'Pengamanan selama')).toMatchObject({
      speaker: 'Hadi Wiyono',
      role: 'Kepala Bidang Humas Polda Lestari Raya Komisaris Besar',
    });
  });

  it('starts the name at the given name the article uses on its own, and keeps an initial with it', () => {
    expect(quoteStarting(story, 'Tambahan dokter')).toMatchObject({ speaker: 'Arif Santoso Wibowo', role: 'Menteri Kesehatan' });
    expect(quoteStarting(story, 'Data pasien')).toMatchObject({ speaker: 'K Anwar Hidayat', role: 'Juru Bicara Menteri' });
  });

  it('does not take the middle of a capitalised name for a short form', () => {
    expect(quoteStarting(story, 'Kami senang')).toMatchObject({ speaker: 'Sutini Rahayu', role: 'warga Desa Sumber Makmur' });
  });

  it('ends a unit of an office ("Seksi Operasional") with the word that names it', () => {
    expect(quoteStarting(story, 'Kami ikut menjaga')).toMatchObject({
      role: expect.stringMatching(/^Kepala Seksi Operasional/),
    });
    expect(quoteStarting(story, 'Kami ikut menjaga').speaker).toMatch(/Bambang Irawan Putra$/);
  });
});

describe('extractQuotes: shifted marks and roles after an age (issue 12)', () => {
  const story = articleFromText(`Toko roti kebanjiran pesanan

Pemilik toko roti Sari Rasa, Rudi Hartono, mengatakan pesanan kue naik dua kali lipat menjelang akhir tahun. "Oven kami menyala sampai tengah malam," kata Rudi. Ia menambahkan, dua pegawai baru sudah direkrut.” Minggu lalu kami menolak tiga pesanan kue pengantin. Tenaga kami belum cukup, “lanjutnya.

Suwarni (52), warga Desa Kaliwangi, sudah sepuluh tahun membeli roti di toko itu. "Rotinya empuk sampai tiga hari," katanya.
`);

  it('reads a quotation whose marks are shifted one word along as a whole utterance of the speaker', () => {
    expect(quoteStarting(story, 'Minggu lalu kami')).toMatchObject({
      quote: 'Minggu lalu kami menolak tiga pesanan kue pengantin. Tenaga kami belum cukup,',
      speaker: 'Rudi Hartono',
      kind: 'full',
    });
  });

  it('reads a quotation opened by a mark shifted onto the end of the paragraph before', () => {
    const shifted = articleFromText(`Toko roti buka sampai malam

Rudi Hartono (50), pemilik toko roti Sari Rasa, mengatakan tokonya kini buka sampai pukul sepuluh malam selama bulan Desember.”

Pelanggan kantoran baru sempat mampir sepulang kerja, “ucapnya. Rudi berencana menambah satu kasir lagi agar antrean di depan etalase tidak mengular sampai ke trotoar.
`);
    expect(quoteStarting(shifted, 'Pelanggan kantoran')).toMatchObject({
      quote: 'Pelanggan kantoran baru sempat mampir sepulang kerja,',
      speaker: 'Rudi Hartono',
      paragraph: 'P2',
    });
  });

  it('gives "katanya" to the person the narration introduced after the last quote, with the role after the age', () => {
    expect(quoteStarting(story, 'Rotinya empuk')).toMatchObject({ speaker: 'Suwarni', role: 'warga Desa Kaliwangi' });
  });

  it('does not take a connective opening the sentence for someone introduced', () => {
    const flood = articleFromText(`Warga mengungsi

Hujan deras sejak Sabtu malam membuat Sungai Lestari meluap dan merendam puluhan rumah di dua dusun. "Air sudah setinggi pinggang," kata Kepala Desa Lestari Joko Susilo.

Akibatnya, ratusan keluarga di bantaran sungai pindah ke balai desa sejak pagi. "Kami ungsikan lansia dulu," katanya.
`);
    expect(quoteStarting(flood, 'Kami ungsikan')).toMatchObject({ speaker: 'Joko Susilo' });
  });
});

describe('extractQuotes: name first, office and place after it; people pointed back to (issue 12)', () => {
  const story = articleFromText(`Kampung hijau di tepi kali

Gang-gang di RW 04 kini dipenuhi rak tanaman dan kolam ikan kecil yang dirawat bersama oleh warga setempat sejak tahun lalu. "Panen pertama kami jual murah ke tetangga," kata Sri Handayani, Ketua RT 002 RW 004, Kelurahan Sukamulya.

Sri Handayani mengatakan hal itu dalam peluncuran "Panen Raya Sayur Organik bersama Warga Kampung" pekan lalu.

Sambil memanggul selang, Darmin (61), penjaga kebun, menyirami bibit cabai. "Kalau kemarau, saya siram dua kali sehari," kata pria yang sudah pensiun ini.

"Komunitas seperti ini layak ditiru kampung lain," kata Sekretaris Jenderal ASEANUR Clara Wibisono.

Pelatih tani Agung Pramono mengatakan, kebun itu sudah tiga kali panen. "Warga merawat ruang hijaunya sendiri," ucapnya.
`);

  it('takes the office and the place after the name as the role', () => {
    expect(quoteStarting(story, 'Panen pertama kami')).toMatchObject({
      speaker: 'Sri Handayani',
      role: 'Ketua RT 002 RW 004, Kelurahan Sukamulya',
    });
  });

  it('does not list a quoted event title that joins its words with "bersama"', () => {
    expect(extractQuotes(story).quotes.some((q) => q.quote.startsWith('Panen Raya'))).toBe(false);
  });

  it('gives a quote attributed to "pria … ini" to the person the narration introduced just before', () => {
    expect(quoteStarting(story, 'Kalau kemarau')).toMatchObject({ speaker: 'Darmin', role: 'penjaga kebun' });
  });

  it('reads a long acronym as part of the office, and a title word that is also a name as the name', () => {
    expect(quoteStarting(story, 'Komunitas seperti ini')).toMatchObject({ speaker: 'Clara Wibisono', role: 'Sekretaris Jenderal ASEANUR' });
    expect(quoteStarting(story, 'Warga merawat')).toMatchObject({ speaker: 'Agung Pramono' });
  });
});

describe('extractQuotes: roles the article gives around a name elsewhere (issue 12)', () => {
  const story = articleFromText(`Harga beras naik lagi

Harga beras medium di pasar tradisional naik Rp 1.000 per kilogram dalam sepekan terakhir, terutama di kota-kota di luar Jawa.

Sementara itu, peneliti Lembaga Kajian Pangan, Dewi Anggraini, menilai kenaikan itu dipicu panen yang mundur. "Stok di penggilingan menipis sejak bulan lalu," kata Dewi.

Bambang Sulistyo selaku Ketua Asosiasi Pedagang Beras Lestari mengatakan pedagang menahan pembelian. "Kami tidak mau menanggung rugi," ujar Bambang.

Presiden, Menteri Perdagangan Rudi Santoso dan sejumlah gubernur membahas harga beras pada Senin. "Operasi pasar dimulai pekan depan," kata Presiden.
`);

  it('gives the quote the role stated before the name, set off by commas', () => {
    expect(quoteStarting(story, 'Stok di penggilingan')).toMatchObject({ speaker: 'Dewi Anggraini', role: 'peneliti Lembaga Kajian Pangan' });
  });

  it('gives the quote the role stated with "selaku", without the verb after it', () => {
    expect(quoteStarting(story, 'Kami tidak mau')).toMatchObject({ speaker: 'Bambang Sulistyo', role: 'Ketua Asosiasi Pedagang Beras Lestari' });
  });

  it('does not take the next person in a list for the role of a bare title', () => {
    expect(quoteStarting(story, 'Operasi pasar')).toMatchObject({ speaker: 'Presiden', role: null });
  });
});

describe('extractQuotes: an attribution broken onto the next line (issue 12)', () => {
  it('takes the speaker from a line that opens in lowercase on the attribution verb', () => {
    const story = articleFromText(`Sanggar tari kehilangan murid

Sanggar tari di pinggir kota itu kini hanya punya dua belas murid, separuh dari jumlah tahun lalu, karena banyak keluarga pindah ke luar daerah.
"Siapa yang mau melatih anak-anak kalau sanggar ini tutup?"
tanya Ratih Purnamasari, pendiri sanggar, Senin (3/5).
Ia berharap pemerintah daerah membantu biaya sewa gedung latihan.
`);
    expect(quoteStarting(story, 'Siapa yang mau')).toMatchObject({ speaker: 'Ratih Purnamasari', role: 'pendiri sanggar' });
  });
});

describe('extractQuotes: offices that join two fields with "dan" (issue 12)', () => {
  const story = articleFromText(`Aplikasi layanan kota diluncurkan

Pemerintah kota meluncurkan aplikasi layanan warga yang menggabungkan pengaduan, perizinan dan pembayaran pajak dalam satu pintu pada Rabu pagi.

"Semua layanan kini bisa diakses dari ponsel," kata Kepala Bagian Hukum dan Humas, Sekretariat Daerah Kota Lestari, Nanda Pratiwi, saat peluncuran.

Direktur Layanan Digital dan Inovasi Kota Lestari Yoga Permana mengatakan, data warga disimpan di pusat data milik pemerintah. "Kami tidak memakai server asing," ujar Yoga.
`);

  it('reads an office joined with "dan" through to the name after it', () => {
    expect(quoteStarting(story, 'Semua layanan')).toMatchObject({
      speaker: 'Nanda Pratiwi',
      role: 'Kepala Bagian Hukum dan Humas, Sekretariat Daerah Kota Lestari',
    });
  });

  it('gives the short form the full name and the office from a mention where "dan" splits the office', () => {
    expect(quoteStarting(story, 'Kami tidak memakai')).toMatchObject({
      speaker: 'Yoga Permana',
      role: 'Direktur Layanan Digital dan Inovasi Kota Lestari',
    });
  });
});

describe('extractQuotes: a short form resolved to the name and office the article gave first (issue 12)', () => {
  const story = articleFromText(`Pemilihan kepala desa ditunda

Ketua Panitia Pemilihan Kabupaten Lembah Hijau Theo Wenda mengatakan, pemilihan kepala desa di 40 desa ditunda sampai bulan depan karena surat suara belum tiba.

Ketua Perhimpunan Nelayan Nusantara (PNN) Lestari Dedi Purnomo berharap penundaan tidak lebih dari sebulan. Nelayan, katanya, ingin segera memilih.

"Kami sudah menyiapkan 120 tempat pemungutan suara," kata Theo. "Penundaan ini jangan sampai berlarut," ujar Dedi.

Rina Anggraini (17), siswi sekolah menengah atas di desa itu, ikut membantu panitia. "Saya ingin belajar soal pemilu," katanya.

Sementara Wahyu Prakoso (40), yang berprofesi sebagai guru, menilai warga sudah siap memilih. "Warga sudah tahu calonnya," ujarnya.
`);

  it('gives a short form the full name and the office it was introduced with, places that were not recognised included', () => {
    expect(quoteStarting(story, 'Kami sudah menyiapkan')).toMatchObject({
      speaker: 'Theo Wenda',
      role: 'Ketua Panitia Pemilihan Kabupaten Lembah Hijau',
    });
  });

  it('reads an office broken by an acronym in brackets through to the name', () => {
    const quote = quoteStarting(story, 'Penundaan ini');
    expect(quote.speaker).toBe('Dedi Purnomo');
    expect(quote.role).toMatch(/^Ketua Perhimpunan Nelayan Nusantara \(PNN\)/);
  });

  it('keeps an adjective that looks like a verb in the role, and reads "yang berprofesi sebagai …"', () => {
    expect(quoteStarting(story, 'Saya ingin belajar')).toMatchObject({ speaker: 'Rina Anggraini', role: 'siswi sekolah menengah atas di desa' });
    expect(quoteStarting(story, 'Warga sudah tahu')).toMatchObject({ speaker: 'Wahyu Prakoso', role: 'guru' });
  });
});

describe('extractQuotes: the office written right before the name elsewhere in the story (issue 12, roles)', () => {
  const story = articleFromText(`Bank daerah membuka kembali kantor cabang

Sekretaris Perusahaan PT Bank Sejahtera (Persero) Tbk Rina Wulandari mengatakan, seluruh kantor cabang kembali buka pekan ini.

"Kami menyiapkan pembatas dan cairan pembersih tangan di setiap loket," kata Rina.

Pengamat perbankan Hendra Gunawan menilai langkah itu tepat. "Nasabah sudah lama menunggu," kata Hendra.

Direktur Riset Institute of Studies on Trade (IST) Indonesia Bayu Prasetya mengatakan, bunga kredit akan turun. "Bank punya ruang untuk itu," kata Bayu.

Sementara itu, sosiolog Universitas Lestari, Dewi Anggraeni, menilai warga akan kembali ke bank. "Warga lebih percaya pada loket," kata Dewi.
`);

  it('takes the office the article writes right before the name, brackets and acronyms included', () => {
    expect(quoteStarting(story, 'Kami menyiapkan')).toMatchObject({
      speaker: 'Rina Wulandari',
      role: 'Sekretaris Perusahaan PT Bank Sejahtera (Persero) Tbk',
    });
  });

  it('takes an occupation set off by commas before the name ("sosiolog Universitas …, Dewi …,")', () => {
    expect(quoteStarting(story, 'Warga lebih')).toMatchObject({ speaker: 'Dewi Anggraeni', role: 'sosiolog Universitas Lestari' });
  });

  it('leaves a country after a bracketed acronym to the office, and reads an office through "on"', () => {
    expect(quoteStarting(story, 'Bank punya')).toMatchObject({
      speaker: 'Bayu Prasetya',
      role: 'Direktur Riset Institute of Studies on Trade (IST) Indonesia',
    });
  });

  it('takes a role noun with the lowercase field after it', () => {
    expect(quoteStarting(story, 'Nasabah sudah')).toMatchObject({ speaker: 'Hendra Gunawan', role: 'Pengamat perbankan' });
  });
});

describe('extractQuotes: a role stated in one attribution holds for the other quotes of the speaker (issue 12, roles)', () => {
  const story = articleFromText(`Posko banjir dibuka di tiga kecamatan

Air mulai surut di sebagian besar desa pada Rabu pagi. "Kami membuka tiga posko untuk pengungsi," kata juru bicara Badan Penanggulangan Bencana Kabupaten Lestari, Sukarno, Rabu sore.

Posko itu menampung lebih dari 400 warga. "Bantuan makanan datang setiap pagi," kata Sukarno.

"Kami juga membutuhkan selimut," ucapnya.
`);

  it('gives the role to the quotes attributed by the short name and by a pronoun', () => {
    const role = 'juru bicara Badan Penanggulangan Bencana Kabupaten Lestari';
    expect(quoteStarting(story, 'Kami membuka')).toMatchObject({ speaker: 'Sukarno', role });
    expect(quoteStarting(story, 'Bantuan makanan')).toMatchObject({ speaker: 'Sukarno', role });
    expect(quoteStarting(story, 'Kami juga membutuhkan')).toMatchObject({ speaker: 'Sukarno', role });
  });
});

describe('extractQuotes: a role given after the name with "yang juga" or "dari" and an acronym (issue 12, roles)', () => {
  const story = articleFromText(`Pasar ikan kembali dibuka

Kepala Dinas Perikanan Kota Lestari Siti Rahmawati, yang juga Ketua Koperasi Nelayan Sari (KNS), meresmikan pasar itu pada Senin pagi. "Pedagang sudah kembali berjualan," katanya.

Pemeriksaan kesehatan juga dilakukan di pintu masuk pasar. "Kami memeriksa semua pedagang," kata Joko Santoso dari KKP Kelas II Lestari.

Pembeli mulai berdatangan sejak subuh. Khusus dari APBD, dana perbaikan pasar mencapai Rp 2 miliar. "Atapnya sudah diganti," ujarnya.
`);

  it('takes the office held besides, set off by a comma after "yang juga"', () => {
    expect(quoteStarting(story, 'Pedagang sudah')).toMatchObject({ speaker: 'Siti Rahmawati', role: 'Ketua Koperasi Nelayan Sari (KNS)' });
  });

  it('takes a body named by an acronym and more words after "dari", but not a connective before a lone acronym', () => {
    expect(quoteStarting(story, 'Kami memeriksa')).toMatchObject({ speaker: 'Joko Santoso', role: 'KKP Kelas II Lestari' });
    expect(quoteStarting(story, 'Atapnya')).toMatchObject({ speaker: 'Joko Santoso' });
  });
});

describe('extractQuotes: roles said outright, by a shorter form of the name, or with a business title (issue 12, roles)', () => {
  const story = articleFromText(`Pemilihan bupati dihitung ulang

Komisi pemilihan menghitung ulang suara di dua kecamatan. Calon nomor urut 1, Ratna Sari Dewi, unggul sementara. Ratna merupakan bupati petahana Lembah Hijau. "Kami menghormati proses ini," kata Ratna Sari Dewi.

Hasil hitung ulang juga ditunggu kalangan usaha. "Kredit untuk pedagang akan kami tambah," kata Yohanes Lembang, VP Kredit Mikro PT Bank Sejahtera, Senin. "Syaratnya tetap sama," kata Yohanes.

Pulang dari luar kota Kepala Dinas Pendapatan dan Pajak Daerah Lembah Hijau Teguh Wibisono menyampaikan pajak daerah naik. "Target tahun ini tercapai," ujar Teguh.

Seorang warga, Sinta, ikut menonton. Sinta adalah contoh pemilih muda yang antusias. "Saya ingin hasilnya jujur," kata Sinta.
`);

  it('takes what a sentence says the person is ("X merupakan bupati …") when a shorter form of the name is used there', () => {
    expect(quoteStarting(story, 'Kami menghormati')).toMatchObject({ speaker: 'Ratna Sari Dewi', role: 'bupati petahana Lembah Hijau' });
  });

  it('reads a business title (VP) after the name as an office', () => {
    expect(quoteStarting(story, 'Kredit untuk')).toMatchObject({ speaker: 'Yohanes Lembang', role: 'VP Kredit Mikro PT Bank Sejahtera' });
    expect(quoteStarting(story, 'Syaratnya')).toMatchObject({ speaker: 'Yohanes Lembang', role: 'VP Kredit Mikro PT Bank Sejahtera' });
  });

  it('opens an office run into narration on a capitalised title, not on a lowercase word of the narration', () => {
    expect(quoteStarting(story, 'Target tahun')).toMatchObject({
      speaker: 'Teguh Wibisono',
      role: 'Kepala Dinas Pendapatan dan Pajak Daerah Lembah Hijau',
    });
  });

  it('takes no role from "adalah" followed by what is not an office', () => {
    expect(quoteStarting(story, 'Saya ingin')).toMatchObject({ speaker: 'Sinta', role: 'warga' });
  });
});

describe('extractQuotes: a place alone is not a role (issue 12, roles)', () => {
  const story = articleFromText(`Takbiran digelar di masjid masing-masing

Ketua Majelis Adat Nusantara (MAN) Kota Lestari Saiful Hidayat mengatakan, takbir keliling ditiadakan tahun ini karena jumlah kasus di kota itu masih naik. Warga diminta bertakbir di masjid dekat rumah.

"Di semua masjid sudah diberitahukan. Pengurus masjid juga menyiapkan petugas untuk mengatur jarak," kata Saiful.
`);

  it('takes the office written before the name whole instead of the place cut from it', () => {
    expect(quoteStarting(story, 'Di semua masjid')).toMatchObject({
      speaker: 'Saiful Hidayat',
      role: 'Ketua Majelis Adat Nusantara (MAN) Kota Lestari',
    });
  });
});

describe('extractQuotes: a short rank before a short name (issue 12, roles)', () => {
  const story = articleFromText(`Polisi menjaga jalur mudik

Kepala Badan Keamanan Polri Komisaris Jenderal Bayu Wibowo mengatakan, polisi akan menjaga semua jalur mudik selama dua pekan ke depan bersama pemerintah daerah.

"Kami menyiapkan pos di setiap kota yang dilalui pemudik. Petugas juga akan memeriksa kendaraan yang melintas pada malam hari," ujar Komjen Bayu.
`);

  it('reads the abbreviated rank as a title and gives the office the article wrote in full', () => {
    expect(quoteStarting(story, 'Kami menyiapkan pos')).toMatchObject({
      speaker: 'Bayu Wibowo',
      role: 'Kepala Badan Keamanan Polri Komisaris Jenderal',
    });
  });
});

describe('extractQuotes: a role noun in capitals after the name, and a parent (issue 12, roles)', () => {
  const story = articleFromText(`Sengketa pilkada dibawa ke pengawas

Dedi Kurniawan, Kuasa Hukum pasangan calon nomor urut 2, mendatangi kantor pengawas pemilu pada Senin pagi untuk melaporkan dugaan pelanggaran.

"Kami membawa bukti rekaman dan foto," kata Dedi.

Seorang pemilih yang videonya beredar juga datang. "Anak saya hanya merekam," kata Arman Syah, ayah perekam video itu.
`);

  it('takes an appositive office that opens on a role noun written in capitals', () => {
    expect(quoteStarting(story, 'Kami membawa')).toMatchObject({ speaker: 'Dedi Kurniawan', role: 'Kuasa Hukum pasangan calon nomor urut 2' });
  });

  it('takes a parent named after the person as what they are', () => {
    expect(quoteStarting(story, 'Anak saya')).toMatchObject({ speaker: 'Arman Syah', role: 'ayah perekam video' });
  });
});

describe('extractQuotes: a subheading glued before an office (issue 12, roles)', () => {
  const story = articleFromText(`Jalur mudik dijaga ketat

Polisi menambah pos penjagaan di jalur selatan menjelang libur panjang. Petugas memeriksa kendaraan yang keluar kota sejak Jumat malam.

Penyekatan Jalur Kepala Bidang Humas Polda Lestari Raya Hendra Kusuma menegaskan, pemeriksaan berlangsung sampai hari Minggu. "Kami tidak akan melonggarkan pemeriksaan," kata Hendra.
`);

  it('drops the heading words before the office from the speaker', () => {
    expect(quoteStarting(story, 'Kami tidak akan')).toMatchObject({ speaker: 'Hendra Kusuma', role: 'Kepala Bidang Humas Polda Lestari Raya' });
  });
});

describe('extractQuotes: a place the article uses alone ends the office before a name (issue 12, roles)', () => {
  const story = articleFromText(`Pasokan beras di Lestari aman

Harga beras di Lestari stabil menjelang akhir tahun. Pedagang di Lestari mengaku stok gudang masih cukup untuk tiga bulan.

Kepala Dinas Pangan Provinsi Lestari Muhammad Arif Hidayat mengatakan, pasokan dari daerah tetangga lancar. "Stok kami cukup sampai Maret," kata Hidayat.

Kepala Polres Lestari Ajun Komisaris Besar Yosef Manggala menambahkan, polisi mengawasi distribusi. "Kami memantau gudang setiap pekan," ujar Yosef.
`);

  it('starts the name after the place, with the given names the short form follows', () => {
    expect(quoteStarting(story, 'Stok kami')).toMatchObject({ speaker: 'Muhammad Arif Hidayat', role: 'Kepala Dinas Pangan Provinsi Lestari' });
  });

  it('leaves a rank after the place in the role', () => {
    expect(quoteStarting(story, 'Kami memantau')).toMatchObject({ speaker: 'Yosef Manggala', role: 'Kepala Polres Lestari Ajun Komisaris Besar' });
  });
});

describe('officeBeforeName', () => {
  it('reads the office back from the name to its first title word, dropping a heading glued in front', () => {
    expect(officeBeforeName('Prosedur pendataan Ketua Gugus Tugas Banjir Kota Lestari ')).toBe('Ketua Gugus Tugas Banjir Kota Lestari');
    expect(officeBeforeName('Sementara itu, Konsul Jenderal RI di Sumber Jaya ')).toBe('Konsul Jenderal RI di Sumber Jaya');
  });

  it('reads an office closed by a comma before the name, with a place named after its body', () => {
    expect(officeBeforeName('Secara terpisah, Deputi Bidang Ekonomi dan Keuangan Kementerian Koordinator Bidang Perekonomian, ')).toBe(
      'Deputi Bidang Ekonomi dan Keuangan Kementerian Koordinator Bidang Perekonomian',
    );
    expect(officeBeforeName('Pengamat kebijakan publik dari Universitas Sari, Lestari, ')).toBe('Pengamat kebijakan publik dari Universitas Sari, Lestari');
  });

  it('runs back over the commas of an office that lists its fields', () => {
    expect(officeBeforeName('Kepala Dinas Pertanian, Pangan, dan Perikanan Lembah Hijau ')).toBe('Kepala Dinas Pertanian, Pangan, dan Perikanan Lembah Hijau');
    expect(officeBeforeName('Menteri Desa, Pembangunan Daerah dan Transmigrasi ')).toBe('Menteri Desa, Pembangunan Daerah dan Transmigrasi');
    expect(officeBeforeName('Di Lembah Hijau, Pasar Baru ')).toBeNull();
  });

  it('keeps "mantan" before a former office', () => {
    expect(officeBeforeName('Pada hari itu, mantan Kepala Dinas Pasar Lestari ')).toBe('mantan Kepala Dinas Pasar Lestari');
  });

  it('keeps the body an English title word follows ("Transit Authority spokesperson")', () => {
    expect(officeBeforeName('Transit Authority spokesperson ')).toBe('Transit Authority spokesperson');
    expect(officeBeforeName('wakil ketua MPR dan ketua ')).toBeNull();
  });

  it('does not open an office on a word that only qualifies one, or on a connective', () => {
    expect(officeBeforeName('Dalam pidatonya, ')).toBeNull();
    expect(officeBeforeName('pengatur keuangan dari Dana Sejahtera ')).toBeNull();
  });

  it('gives the second of two officials named together only their own office, without the initial of their name', () => {
    expect(officeBeforeName('disampaikan Gubernur Lestari Raya Joko Susilo dan Gubernur Sumber Jaya I ')).toBe('Gubernur Sumber Jaya');
  });

  it('finds nothing where no office stands, or where capitalised words after a rank may be more of the name', () => {
    expect(officeBeforeName('Pada hari itu, warga bertemu ')).toBeNull();
    expect(officeBeforeName('Ia bertemu anak ')).toBeNull();
    expect(officeBeforeName('Kepala Biro Humas Polda Lestari Brigadir Jenderal Raden ')).toBeNull();
    expect(officeBeforeName('wakil ketua MPR dan ketua ')).toBeNull();
  });
});

describe('extractQuotes with a source credited in brackets after the attribution', () => {
  const story = articleFromText(`Pasar Lestari dibuka lagi

Pasar Lestari dibuka lagi pekan ini setelah tiga bulan ditutup. "Pedagang sudah menunggu lama," kata Budi Santoso (Harian Lestari, 3 / 4 / 2020).

Kepala Dinas Perdagangan Sari Wulandari menilai pasar sudah siap. "Protokol kesehatan tetap berlaku," kata Kepala Dinas (Harian Lestari, 5 / 4 / 2020).
`);

  it('takes the name before the credit as the speaker, never the credited source or an open bracket', () => {
    expect(quoteStarting(story, 'Pedagang sudah')).toMatchObject({ speaker: 'Budi Santoso' });
    const speakers = extractQuotes(story).quotes.map((q) => q.speaker ?? '');
    expect(speakers.filter((s) => s.includes('Harian') || /[()]/.test(s))).toEqual([]);
  });
});

describe('extractQuotes with a bare title as the speaker', () => {
  const story = articleFromText(`Bantuan desa dicairkan

Pemerintah menerbitkan Peraturan Presiden Nomor 12 tentang dana desa. "Dana ini harus sampai ke warga," kata Presiden.

Instruksi Presiden itu berlaku sejak Senin dan mengatur pencairan dana untuk semua desa di seluruh provinsi. "Saya minta semua kepala daerah mengawasi," ujar Presiden.
`);

  it('keeps the title rather than growing it into a run that only holds it', () => {
    expect(quoteStarting(story, 'Dana ini')).toMatchObject({ speaker: 'Presiden' });
    expect(quoteStarting(story, 'Saya minta')).toMatchObject({ speaker: 'Presiden' });
  });
});

describe('extractQuotes with a speaker described after a one-word name given with an age', () => {
  const story = articleFromText(`Warga rusun kesulitan membayar tagihan

Bantuan tunai dari Dinas Sosial Lestari belum cair sejak bulan lalu, padahal banyak keluarga di rumah susun itu kehilangan pekerjaan.

Di lorong rumah susun itu, Sari (53) mengeluhkan tagihan listrik yang terus naik. "Suami saya sudah tidak bekerja dan uang kami hampir habis," ujar ibu tiga anak ini.
`);

  it('gives the quote to the person just named with an age, with the description as the role', () => {
    expect(quoteStarting(story, 'Suami saya')).toMatchObject({ speaker: 'Sari', role: 'ibu tiga anak' });
  });
});

describe('extractQuotes with a numbered office before the name', () => {
  const story = articleFromText(`Kereta anjlok di stasiun

Sebuah rangkaian kereta cadangan anjlok di jalur empat stasiun kota pada Minggu pagi. "Empat gerbong keluar dari rel, tetapi tidak ada korban," kata Manajer Humas PT Sinar Rel Wilayah 3 Lestari Budi Santoso.

Menurut Budi, perjalanan kereta lain tidak terganggu. "Kami alihkan ke jalur dua," ujar Budi.
`);

  it('reads the name after the numbered office, and keeps the number and what follows it in the role', () => {
    expect(quoteStarting(story, 'Empat gerbong')).toMatchObject({ speaker: 'Budi Santoso' });
    expect(quoteStarting(story, 'Empat gerbong').role).toContain('Wilayah 3');
    expect(quoteStarting(story, 'Kami alihkan')).toMatchObject({ speaker: 'Budi Santoso' });
  });
});

describe('extractQuotes: an office run into the front of the name goes back to the office', () => {
  const FILLER = '\nWarga berharap pemerintah daerah segera bertindak karena persoalan ini sudah berlangsung lama dan merugikan banyak orang di sekitar lokasi itu setiap hari.\n';
  const first = (text: string) => extractQuotes(articleFromText(`${text}${FILLER}`)).quotes[0];

  it('keeps the field of a ministry with "Menteri"', () => {
    const quote = first(`Tambang rakyat ditata

Pemerintah menata tambang rakyat di sejumlah daerah. "Izin akan kami sederhanakan tahun ini," kata Menteri Pertambangan Budi Santoso di Jakarta.

Budi menambahkan, pendataan penambang dimulai bulan depan. "Semua penambang akan terdata," katanya.
`);
    expect(quote).toMatchObject({ speaker: 'Budi Santoso', role: 'Menteri Pertambangan' });
  });

  it.each([
    ['Gubernur Kaltara Budi Santoso', 'Budi Santoso', 'Gubernur Kaltara'],
    ['Komisioner KPU Kaltara Rina Marlina', 'Rina Marlina', 'Komisioner KPU Kaltara'],
    ['Ketua Umum Perkumpulan Tani Lestari (PTL) Kaltara Budi Santoso', 'Budi Santoso', 'Ketua Umum Perkumpulan Tani Lestari (PTL) Kaltara'],
  ])('gives a province after the office to the office: "%s"', (written, speaker, role) => {
    const quote = first(`Bantuan pangan dikirim

Pemerintah daerah mengirim bantuan pangan ke desa terpencil. ${written} mengatakan, bantuan dikirim lewat sungai. "Kami kirim tiga kapal," ujarnya.
`);
    expect(quote).toMatchObject({ speaker, role });
  });

  it('gives a place after the acronym of a body to the office, when the article writes it as a place', () => {
    const quote = first(`Nelayan hilang dicari

Tim gabungan mencari nelayan yang hilang sejak Sabtu. "Pencarian kami perluas ke arah timur," kata Koordinator BPLS Sarimulya Budi Santoso saat dihubungi dari Sarimulya.
`);
    expect(quote).toMatchObject({ speaker: 'Budi Santoso', role: 'Koordinator BPLS Sarimulya' });
  });

  it('gives the words after a rank to the name the article shortens', () => {
    const quote = first(`Razia knalpot digelar

Polisi menggelar razia knalpot di jalan protokol. "Kami tilang yang melanggar," kata Kepala Polda Kaltara Inspektur Jenderal Raden Budi Santoso. Menurut Santoso, razia digelar setiap malam.
`);
    expect(quote).toMatchObject({ speaker: 'Raden Budi Santoso', role: 'Kepala Polda Kaltara Inspektur Jenderal' });
  });

  it('keeps the initial that opens a Balinese name with the name, after a rank', () => {
    const quote = first(`Korban longsor dievakuasi

Tim gabungan mengevakuasi korban longsor. "Korban sudah kami bawa ke rumah sakit," kata Kepala Subbidang Forensik Bidang Kedokteran dan Kesehatan Polda Kaltara Ajun Komisaris Besar I Made Surya.
`);
    expect(quote).toMatchObject({ speaker: 'I Made Surya', role: 'Kepala Subbidang Forensik Bidang Kedokteran dan Kesehatan Polda Kaltara Ajun Komisaris Besar' });
  });

  it('starts the name where the article names the person alone, after a company', () => {
    const quote = first(`Pasokan listrik pulih

Pasokan listrik di wilayah timur pulih. "Gardu sudah kembali normal," kata General Manager Operasi Wilayah IV PT Sinar Daya Rina Marlina. Rina mengatakan, pemadaman tidak akan terulang.
`);
    expect(quote).toMatchObject({ speaker: 'Rina Marlina', role: 'General Manager Operasi Wilayah IV PT Sinar Daya' });
  });

  it('keeps an honorific written before the name with the name', () => {
    const quote = first(`Santri belajar daring

Pesantren menggelar pengajian daring. Ketua Umum Pengurus Besar Jamiyah Lestari KH Ahmad Surya menyampaikan, pengajian digelar tiap malam. "Santri tetap belajar dari rumah," kata Ahmad.
`);
    expect(quote).toMatchObject({ speaker: 'KH Ahmad Surya', role: 'Ketua Umum Pengurus Besar Jamiyah Lestari' });
  });

  it('drops a word of a heading glued before the name, which is no role', () => {
    const quote = first(`Aturan baru disiapkan

Pemerintah menyiapkan aturan baru soal narkotika. Penyalahgunaan Budi Santoso menambahkan, aturan itu dibahas bulan depan. "Kami bahas bersama DPR," ujarnya.
`);
    expect(quote).toMatchObject({ speaker: 'Budi Santoso', role: null });
  });
});

describe('extractQuotes: words glued to a name that are not a name', () => {
  const FILLER = '\nWarga berharap pemerintah daerah segera bertindak karena persoalan ini sudah berlangsung lama dan merugikan banyak orang di sekitar lokasi itu setiap hari.\n';
  const first = (text: string) => extractQuotes(articleFromText(`${text}${FILLER}`)).quotes[0];

  it('reads a capitalised "Said" inside a name as the name, not as the verb "said"', () => {
    const quote = first(`Santri belajar daring

Keterbukaan Ketua Umum Pengurus Besar Jamiyah Lestari KH Said Ahmad Surya yang mengumumkan hasil tesnya diapresiasi banyak pihak. "Santri tetap belajar dari rumah," katanya.
`);
    expect(quote?.speaker ?? '').not.toMatch(/Lestari|KH$/);
  });

  it('drops a sentence opener before a name ("Selain Budi, …")', () => {
    const quote = first(`Bajaj sepi

Pengemudi mengeluh sepi penumpang. Selain Budi, sopir bajaj, mengaku pendapatannya turun. "Sehari hanya dapat tiga penumpang," katanya.
`);
    expect(quote).toMatchObject({ speaker: 'Budi', role: 'sopir bajaj' });
  });

  it('ends the name on an initial whose full stop ended the sentence before a heading glued on', () => {
    const quote = first(`Demo pelajar

Orangtua datang ke kantor polisi. "Saya kira dia menginap di rumah teman," ucap E. Dukungan Warga pelajar turun ke jalan mendapat dukungan sebagian warga.
`);
    expect(quote?.speaker).toBe('E');
  });
});

describe('splitOfficeFromName', () => {
  const hints = (alone: string[] = []) => ({ isPlace: (word: string) => word === 'Lestari', namedFrom: (words: readonly string[], i: number) => alone.includes(words[i]!) });

  it('ends the office after a rank, a place with its unit, a province or a ministry named by its form, and only there', () => {
    expect(splitOfficeFromName('Sari Komisaris Besar Budi Santoso', hints())).toEqual({ name: 'Budi Santoso', office: 'Sari Komisaris Besar' });
    expect(splitOfficeFromName('Perlindungan Warga Kota Sari Budi Santoso', hints())).toEqual({ name: 'Budi Santoso', office: 'Perlindungan Warga Kota Sari' });
    expect(splitOfficeFromName('Jawa Tengah Budi Santoso', hints())).toEqual({ name: 'Budi Santoso', office: 'Jawa Tengah' });
    expect(splitOfficeFromName('Udara Kemenlestari Budi Santoso', hints())).toEqual({ name: 'Budi Santoso', office: 'Udara Kemenlestari' });
  });

  it('gives the first word to an office left open for a body, unless the article names the person from it', () => {
    expect(splitOfficeFromName('Lestari Budi Santoso', hints(), 'body')).toEqual({ name: 'Budi Santoso', office: 'Lestari' });
    expect(splitOfficeFromName('Budi Santoso Wijaya', hints(['Budi']), 'body')).toEqual({ name: 'Budi Santoso Wijaya', office: '' });
  });

  it('starts the name where the article names the person, past an office word', () => {
    expect(splitOfficeFromName('Nasional Kabar Hijau Budi Santoso', hints(['Budi']))).toEqual({ name: 'Budi Santoso', office: 'Nasional Kabar Hijau' });
    // Without an office word before it, a shorter form is only the person's shorter name.
    expect(splitOfficeFromName('Rina Dewi Marlina', hints(['Dewi']))).toEqual({ name: 'Rina Dewi Marlina', office: '' });
    // A run that names a place or a body, or a person whole, stays as it is.
    expect(splitOfficeFromName('Gedung Putih', hints()).name).toBe('Gedung Putih');
    expect(splitOfficeFromName('Jawa Barat', hints()).name).toBe('Jawa Barat');
    expect(splitOfficeFromName('KH Budi Santoso', hints()).name).toBe('KH Budi Santoso');
    expect(splitOfficeFromName('I Made Surya', hints()).name).toBe('I Made Surya');
  });
});

describe('extractQuotes: given names an office ended on go to the front of the name', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('takes the word before a one-word name into it, leaving a body it cannot tell from a name to the office', () => {
    const story = articleFromText(`Bantuan banjir dikirim

${flood}

Ketua Umum Palang Lestari Budi Santoso mengatakan, bantuan untuk korban banjir sudah dikirim sejak pagi. "Kami kirim lagi besok pagi," kata Santoso.
`);
    expect(quoteStarting(story, 'Kami kirim')).toMatchObject({ speaker: 'Budi Santoso', role: 'Ketua Umum Palang Lestari' });
  });

  it('takes every given name after the place an office ends on, and keeps the place in the office', () => {
    const story = articleFromText(`Jalan desa diperbaiki

${flood}

Bupati Kota Lestari Budi Hadi Santoso meninjau jalan yang rusak di Kota Lestari pada Senin. "Perbaikan selesai bulan depan," kata Santoso.
`);
    expect(quoteStarting(story, 'Perbaikan selesai')).toMatchObject({ speaker: 'Budi Hadi Santoso', role: 'Bupati Kota Lestari' });
  });

  it('takes a given name the article writes with the rest of the name without the office', () => {
    const story = articleFromText(`Sekolah dibuka lagi

${flood}

Para bupati bertemu di Kota Lestari pada Senin, antara lain Bupati Sukamaju Ahmad Hadi Wibowo dan Bupati Cendana Rina Kusuma. Hal serupa juga diungkapkan Ahmad Hadi Wibowo. "Murid masuk bergiliran," kata Hadi Wibowo.
`);
    expect(quoteStarting(story, 'Murid masuk')).toMatchObject({ speaker: 'Ahmad Hadi Wibowo', role: 'Bupati Sukamaju' });
  });
});

describe('extractQuotes: an office cut at the front is given whole', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('runs an office that lists its fields back over the commas though its last part names a city', () => {
    const story = articleFromText(`Lahan warga didata

${flood}

Kepala Bidang Pendataan Dinas Pertanian, Ketahanan Pangan, dan Perikanan Kota Lestari Budi Santoso mengatakan, pendataan sawah rusak selesai pekan ini. "Bantuan perbaikan cair bulan depan," kata Budi.
`);
    expect(quoteStarting(story, 'Bantuan perbaikan')).toMatchObject({
      speaker: 'Budi Santoso',
      role: 'Kepala Bidang Pendataan Dinas Pertanian, Ketahanan Pangan, dan Perikanan Kota Lestari',
    });
  });

  it('keeps a long listed office whole, from the part with its title', () => {
    const story = articleFromText(`Jalan desa diperiksa

${flood}

Kepala Seksi Pemeliharaan Jalan Dinas Pekerjaan Umum dan Penataan Lingkungan, Sumber Daya Air, dan Bina Marga Kota Lestari Rina Kusuma mengatakan, jalan desa diperiksa satu per satu. "Yang retak kami tutup dulu," kata Rina.
`);
    expect(quoteStarting(story, 'Yang retak')).toMatchObject({
      speaker: 'Rina Kusuma',
      role: 'Kepala Seksi Pemeliharaan Jalan Dinas Pekerjaan Umum dan Penataan Lingkungan, Sumber Daya Air, dan Bina Marga Kota Lestari',
    });
  });

  it('gives a short form the office written before the full name, not only the body the name ran on from', () => {
    const story = articleFromText(`Tanggul jebol

${flood}

Pengamat tata kota dari Universitas Lestari Dewi Anggraini menilai tanggul itu sudah lama rapuh. "Tanggul harus dibangun ulang," ujar Dewi.

Relawan aktif Kepala Badan Penanggulangan Bencana Daerah Hadi Purnomo mengatakan posko ditambah. "Kami buka dua posko lagi," kata Hadi.
`);
    expect(quoteStarting(story, 'Tanggul harus')).toMatchObject({ speaker: 'Dewi Anggraini', role: 'Pengamat tata kota dari Universitas Lestari' });
    // A heading glued on in front of an office is not the office's.
    expect(quoteStarting(story, 'Kami buka')).toMatchObject({ speaker: 'Hadi Purnomo', role: 'Kepala Badan Penanggulangan Bencana Daerah' });
  });
});

describe('extractQuotes: the office of a speaker whose name ran on from the office (issue 12, roles)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('gives a one-word name the office ending on the place before it', () => {
    const story = articleFromText(`Posko banjir ditambah

${flood}

Juru bicara Satuan Tugas Banjir Kabupaten Lestari Hadi, mengatakan, posko ditambah di tiga kecamatan. "Semua pengungsi sudah didata," ucap Hadi, Senin.
`);
    expect(quoteStarting(story, 'Semua pengungsi')).toMatchObject({ speaker: 'Hadi', role: 'Juru bicara Satuan Tugas Banjir Kabupaten Lestari' });
  });

  it('gives the office written before the full name to the given name alone', () => {
    const story = articleFromText(`Dapur umum dibuka

${flood}

"Dapur umum buka sejak pagi," kata Sekretaris Dinas Koperasi dan UMKM Bayu Prasetya saat ditemui, Senin.

Bayu mengatakan, bahan makanan datang dari koperasi warga. "Kami masak tiga kali sehari," kata Bayu.
`);
    expect(quoteStarting(story, 'Kami masak')).toMatchObject({ speaker: 'Bayu', role: 'Sekretaris Dinas Koperasi dan UMKM' });
  });

  it('takes the office written before the name whole when the name ran on from a body in the office', () => {
    const story = articleFromText(`Tanggul diperiksa

${flood}

Kepala Subdirektorat Irigasi dan Perkebunan Kemenairan Joko mengatakan tengah mendata tanggul yang rusak. "Tanggul yang retak segera ditambal," katanya.
`);
    expect(quoteStarting(story, 'Tanggul yang')).toMatchObject({ speaker: 'Joko', role: 'Kepala Subdirektorat Irigasi dan Perkebunan Kemenairan' });
  });

  it('gives a name that a heading ran into the office written before its fuller form', () => {
    const story = articleFromText(`Bantuan hukum untuk korban

${flood}

Direktur Eksekutif Lembaga Kajian Hukum Lestari (LKHL) Budi Santoso Putra menilai korban berhak atas ganti rugi.

Pendampingan Budi Santoso menambahkan, gugatan bisa diajukan bersama. "Kami siapkan tim pengacara," kata Budi Santoso.
`);
    expect(quoteStarting(story, 'Kami siapkan')).toMatchObject({ speaker: 'Budi Santoso', role: 'Direktur Eksekutif Lembaga Kajian Hukum Lestari (LKHL)' });
  });
});

describe('extractQuotes: a role given after the name in more forms (issue 12, roles)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('takes an office set off after the name that closes the sentence', () => {
    const story = articleFromText(`Data korban dibuka

${flood}

Pandangan serupa disampaikan Budi Santoso, Direktur Eksekutif Lembaga Data Terbuka (LDT).

Menurut dia, data korban harus dibuka. "Warga berhak tahu," kata Budi.
`);
    expect(quoteStarting(story, 'Warga berhak')).toMatchObject({ speaker: 'Budi Santoso', role: 'Direktur Eksekutif Lembaga Data Terbuka (LDT)' });
  });

  it('takes a body named with an acronym after "dari"', () => {
    const story = articleFromText(`Pengungsi dijenguk

${flood}

"Kondisi pengungsi mulai membaik," kata Rina Wulandari dari Humas LKS.
`);
    expect(quoteStarting(story, 'Kondisi pengungsi')).toMatchObject({ speaker: 'Rina Wulandari', role: 'Humas LKS' });
  });

  it('takes an occupation noun after the name, but not a plural that opens what the sentence says', () => {
    const story = articleFromText(`Jembatan darurat dibangun

${flood}

Yang merancang jembatan darurat itu adalah Dewi Anggraini, insinyur yang bekerja di dinas setempat. "Jembatan ini kuat untuk motor," kata Dewi.

Rasmini, pelaku usaha kecil yang berjualan di dekat jembatan, ikut senang. "Pembeli bisa datang lagi," ujar Rasmini.

Menurut Hadi Purnomo, petani - petani di hulu sudah bersiap. "Kami siap menanam lagi," kata Hadi.
`);
    expect(quoteStarting(story, 'Jembatan ini')).toMatchObject({ speaker: 'Dewi Anggraini', role: 'insinyur' });
    expect(quoteStarting(story, 'Pembeli bisa')).toMatchObject({ speaker: 'Rasmini', role: 'pelaku usaha kecil' });
    expect(quoteStarting(story, 'Kami siap')).toMatchObject({ speaker: 'Hadi Purnomo', role: null });
  });
});

describe('extractQuotes: offices with English words and collective titles (issue 12, roles)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('reads a body named with "to" and a "Co -" title as one office', () => {
    const story = articleFromText(`Relawan turun ke jalan

${flood}

Co - Founder sekaligus Pembina Komunitas Walk to School (WTS) Budi Santoso mengapresiasi relawan. "Relawan kami siaga sampai malam," kata Budi.
`);
    expect(quoteStarting(story, 'Relawan kami')).toMatchObject({ speaker: 'Budi Santoso', role: 'Co - Founder sekaligus Pembina Komunitas Walk to School (WTS)' });
  });

  it('reads "Presidium" as a title before the body it heads', () => {
    const story = articleFromText(`Pengrajin kesulitan bahan

${flood}

Presidium Himpunan Pengrajin Bambu Lestari (HPBL) Joko mengatakan, bahan baku langka. "Kami beli dari luar daerah," kata Joko.
`);
    expect(quoteStarting(story, 'Kami beli')).toMatchObject({ speaker: 'Joko', role: 'Presidium Himpunan Pengrajin Bambu Lestari (HPBL)' });
  });

  it('takes an appositive whose title follows a capitalised field', () => {
    const story = articleFromText(`Ibu-ibu diajak menjaga gizi

Bupati Lestari Hadi Purnomo meninjau posyandu di tiga desa yang banyak balitanya. "Gizi anak harus dijaga," kata Hadi.

Rina Wulandari, Nutrition Officer dari Lembaga Anak Sehat (LAS) yang diundang sebagai pembicara, mengatakan ibu perlu didampingi. "Ibu jangan ragu bertanya ke bidan," kata Rina.
`);
    expect(quoteStarting(story, 'Ibu jangan')).toMatchObject({ speaker: 'Rina Wulandari', role: 'Nutrition Officer dari Lembaga Anak Sehat (LAS)' });
    expect(quoteStarting(story, 'Gizi anak')).toMatchObject({ speaker: 'Hadi Purnomo', role: 'Bupati Lestari' });
  });
});

describe('extractQuotes: offices written before names that look like more of the name (issue 12, roles)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('gives a name opening on a title that is also a given name the office before it', () => {
    const story = articleFromText(`Latihan renang dibuka lagi

${flood}

Pelatih renang Agung Wibowo mengatakan, latihan harus rutin meski kolam baru dibuka.

Agung juga mendorong perenang berlatih bersama. "Latihan bersama lebih seru," katanya.
`);
    expect(quoteStarting(story, 'Latihan bersama')).toMatchObject({ speaker: 'Agung Wibowo', role: 'Pelatih renang' });
  });

  it('gives a one-word name the office ending on a field word before it', () => {
    const story = articleFromText(`Pesawat perintis diuji

${flood}

"Pesawat ini siap terbang tahun depan," ujar Menteri Kelautan dan Teknologi / Kepala Badan Riset dan Inovasi Bahari Nasional Budi HS Wibowo saat menghadiri uji terbang itu.

"Pesawat ini sangat ditunggu daerah terpencil," ujar Budi.
`);
    expect(quoteStarting(story, 'Pesawat ini sangat')).toMatchObject({ speaker: 'Budi', role: 'Menteri Kelautan dan Teknologi / Kepala Badan Riset dan Inovasi Bahari Nasional' });
  });

  it('takes a body named after its kind in lowercase after "dari"', () => {
    const story = articleFromText(`Kereta anjlok

${flood}

"Jalur ini memang menurun tajam," kata Hadi Purnomo dari komunitas Pecinta Kereta Lestari.
`);
    expect(quoteStarting(story, 'Jalur ini')).toMatchObject({ speaker: 'Hadi Purnomo', role: 'komunitas Pecinta Kereta Lestari' });
  });

  it('reads a field noun in -isme after a role noun as the office, not as a verb', () => {
    const story = articleFromText(`Ancaman teror

${flood}

Pengamat terorisme Dewi Anggraini, ketika dihubungi, mengatakan ancaman belum reda. "Mereka memanfaatkan keadaan," kata Dewi Anggraini.
`);
    expect(quoteStarting(story, 'Mereka memanfaatkan')).toMatchObject({ speaker: 'Dewi Anggraini', role: 'Pengamat terorisme' });
  });
});

describe('extractQuotes: the office a sentence opens by saying the person holds (issue 12, roles)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('takes "Sebagai <office>, <name> …" as the role', () => {
    const story = articleFromText(`Pejabat didenda

${flood}

Pengadilan menjatuhkan denda kepada Budi Santoso karena menggelar pesta saat banjir.

Sebagai Wakil Ketua DPRD Kota Lestari, Budi seharusnya memberi teladan. "Saya butuh waktu merenung," kata Budi Santoso seusai sidang.
`);
    expect(quoteStarting(story, 'Saya butuh')).toMatchObject({ speaker: 'Budi Santoso', role: 'Wakil Ketua DPRD Kota Lestari' });
  });
});

describe('extractQuotes: a kinship word before a name names a relative (issue 12, speakers)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('does not take "Ayah Sari" for a fuller form of "Sari", and gives the relation as written when it speaks', () => {
    const story = articleFromText(`Keluarga dijauhi tetangga

${flood}

Sari (24) menolak ditemui. "Jangan sekarang, Kak. Kami sedang lelah," ucap Sari di rumahnya, Selasa.

Ayah Sari dirawat di rumah sakit sejak pekan lalu.

"Saya sudah lebih baik dan ingin segera pulang," kata Ayah Sari melalui telepon.
`);
    expect(quoteStarting(story, 'Jangan sekarang')).toMatchObject({ speaker: 'Sari' });
    expect(quoteStarting(story, 'Saya sudah lebih')).toMatchObject({ speaker: 'Ayah Sari' });
  });

  it('keeps a kinship word the article writes as a given name mid-sentence in the name', () => {
    const story = articleFromText(`Posko dibuka

${flood}

Bantuan dikoordinasi Kepala Dinas Sosial Putri Lestari sejak Senin.

Putri Lestari meninjau posko. "Kami menambah dapur umum," kata Lestari.

Anak Rudi dievakuasi bersama warga lain. "Air naik cepat sekali," ucap Rudi, warga setempat.
`);
    expect(quoteStarting(story, 'Kami menambah')).toMatchObject({ speaker: 'Putri Lestari' });
    expect(quoteStarting(story, 'Air naik')).toMatchObject({ speaker: 'Rudi' });
  });

  it('drops a heading that is a passive verb glued before the name, and a list after it is no role', () => {
    const story = articleFromText(`Keluarga dijauhi tetangga

${flood}

Diasingkan Sari, ibu, dan adiknya kini menjalani isolasi mandiri di rumah.

"Kami hanya ingin diperlakukan wajar," kata Sari.
`);
    expect(quoteStarting(story, 'Kami hanya')).toMatchObject({ speaker: 'Sari', role: null });
  });
});

describe('extractQuotes: descriptions that end on a place, and unnamed sources (issue 12, speakers)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('points a description ending on a province back to the person named before, past a title with "of"', () => {
    const story = articleFromText(`Penonton daring

${flood}

Rina Kusuma (25) masih teringat film berjudul Song of Rain yang ditontonnya pekan lalu.

Dia juga ingat pemeran utama yang dibawakan Bayu Prakoso.

Rina menonton lewat sebuah situs film lokal.

Film Song of Rain itu tayang eksklusif di situs tersebut. "Ceritanya dekat sekali dengan masa sekolah saya," ujar perempuan asal Kota Lestari, Lestari Tengah, saat dihubungi, Sabtu.
`);
    expect(quoteStarting(story, 'Ceritanya dekat')).toMatchObject({ speaker: 'Rina Kusuma' });
  });

  it('reads a capitalised preposition after a heading glued on as no part of a name', () => {
    const story = articleFromText(`Pesan dua pimpinan

${flood}

Pesan ketua dewan dan ketua DPRD Di tempat terpisah, Ketua Dewan Adat Budi Santoso berpesan agar warga tetap di rumah.

Ini untuk mencegah penularan. "Kita rayakan dari rumah saja," kata politisi senior Partai Lestari ini.
`);
    expect(quoteStarting(story, 'Kita rayakan')).toMatchObject({ speaker: 'Budi Santoso' });
  });

  it('leaves a source the story keeps unnamed without a speaker, and the "dia" after it too', () => {
    const story = articleFromText(`Pasukan maju

${flood}

Direktur Lembaga Pemantau Lestari Budi Santoso mengatakan pasukan sudah bergerak. "Mereka maju sejak pagi," kata Budi.

Kabar itu juga dikonfirmasi oleh sumber militer yang tidak ingin disebutkan namanya.

"Kawasan bandara sudah dikuasai," ujar sumber tersebut.

"Mereka akan terus bergerak ke utara," dia menambahkan.
`);
    expect(quoteStarting(story, 'Kawasan bandara')).toMatchObject({ speaker: null });
    expect(quoteStarting(story, 'Mereka akan terus')).toMatchObject({ speaker: null });
  });
});

describe('extractQuotes: a place or body the article writes on its own ends the office (issue 12, speakers)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('starts the name after the words that end a place written elsewhere, but never past the short form used', () => {
    const story = articleFromText(`Puskesmas kewalahan

${flood}

Kasus baru banyak ditemukan di Sari Mekar (Kota Lestari) dan Kampung Melati.

"Paling banyak dari kontak erat pasien," tutur Kepala Puskesmas Sari Mekar Budi Santoso.

Mantan Menteri Kesehatan Dewi Anggun Lestari ditahan. Dalam putusan itu, nama Dewi Anggun disebut beberapa kali.

"Saya tidak menerima apa pun," ujar Dewi di kantor KPK.
`);
    expect(quoteStarting(story, 'Paling banyak')).toMatchObject({ speaker: 'Budi Santoso', role: 'Kepala Puskesmas Sari Mekar' });
    expect(quoteStarting(story, 'Saya tidak menerima')).toMatchObject({ speaker: 'Dewi Anggun Lestari' });
  });
});

describe('extractQuotes: a name the article lists with another is not a place (issue 12, speakers)', () => {
  const flood = 'Hujan deras turun sejak Minggu malam sehingga air sungai meluap ke permukiman warga di sepanjang bantaran. Ratusan rumah terendam dan warga mengungsi ke balai desa serta sekolah terdekat.';

  it('keeps the front of a name written before "dan" and that of a name said elsewhere', () => {
    const story = articleFromText(`Kunjungan kerja

${flood}

Presiden meninjau lokasi didampingi Budi Santoso dan Rina Wati. Bantuan juga datang dari Joko Pranata.

Budi Santoso Wijaya menyampaikan, bantuan sudah tiba sejak pagi.

Joko Pranata Harahap mengatakan, dapur umum dibuka di dua tempat.

Kepala Puskesmas Sari Mekar Dewi Lestari mengatakan, pasien dirawat di Sari Mekar (Kota Lestari).
`);
    const speakerOf = (opening: string) => extractQuotes(story).paraphrases.find((p) => p.statement.startsWith(opening))?.speaker;
    expect(speakerOf('bantuan sudah tiba')).toBe('Budi Santoso Wijaya');
    expect(speakerOf('dapur umum')).toBe('Joko Pranata Harahap');
    expect(speakerOf('pasien dirawat')).toBe('Dewi Lestari');
  });
});

describe('extractQuotes: speakers after a sport position, a weekday or a possessive', () => {
  const story = articleFromText(`Tim balap bersiap untuk seri berikutnya

Pebalap Tim Lestari Racing Budi Santoso mengaku puas dengan hasil latihan di sirkuit Kota Lestari pekan ini.

"Kami bekerja keras sepanjang pekan dan hasilnya mulai terlihat," kata Pebalap Tim Lestari Racing Budi Santoso.

Manajer tim dalam keterangan tertulis di Kota Lestari, Rabu mengatakan, "Semua mekanik sudah menyiapkan motor cadangan untuk balapan."

Seorang penggemar melalui akun Instagram-nya mengatakan, "Kami akan datang langsung ke sirkuit untuk mendukung tim."`);

  it('gives the name as the speaker and the position with the team as the role', () => {
    expect(quoteStarting(story, 'Kami bekerja keras')).toMatchObject({ speaker: 'Budi Santoso', role: 'Pebalap Tim Lestari Racing' });
  });

  it('takes the subject before a comma and a possessive social-media word', () => {
    const post = articleFromText(`Panitia menanggapi kritik

Sementara itu, mantan ketua panitia Budi Santoso, melalui akun Instagram-nya mengatakan, "Kami sudah bekerja sesuai aturan yang berlaku sejak awal."

Warga kota itu berharap semua kegiatan di daerah mereka berjalan lancar tanpa kendala apa pun, dan panitia berjanji akan mengumumkan hasil rapat pada pekan depan.`);
    expect(quoteStarting(post, 'Kami sudah bekerja').speaker).toBe('Budi Santoso');
  });

  it('takes neither a weekday nor a possessive social-media word for the speaker', () => {
    expect(quoteStarting(story, 'Semua mekanik').speaker ?? '').not.toBe('Rabu');
    expect(quoteStarting(story, 'Kami akan datang').speaker ?? '').not.toMatch(/Instagram/);
  });
});

describe('extractQuotes: a name after an office that ends on a body word', () => {
  const pad = `

Warga kota itu berharap semua kegiatan di daerah mereka berjalan lancar tanpa kendala apa pun, dan panitia berjanji akan mengumumkan hasil rapat pada pekan depan setelah semua pihak setuju dengan rencana tersebut.`;

  it('keeps the whole name the article writes without the office elsewhere, and only then', () => {
    const story = articleFromText(`Rapat ditunda

"Kami menunggu jadwal baru dari pimpinan," kata Sekretaris Dewan Budi Santoso Wijaya.

Budi Santoso Wijaya menambahkan rapat akan digelar setelah libur.${pad}`);
    expect(quoteStarting(story, 'Kami menunggu')).toMatchObject({ speaker: 'Budi Santoso Wijaya', role: 'Sekretaris Dewan' });
    // The body keeps the word after it when the article never names the person from there.
    const bank = articleFromText(`Rapat ditunda

"Kami menunggu jadwal baru dari pimpinan," kata Direktur Bank Lestari Budi Santoso.

Bank Lestari menambahkan rapat akan digelar setelah libur.${pad}`);
    expect(quoteStarting(bank, 'Kami menunggu')).toMatchObject({ speaker: 'Budi Santoso', role: 'Direktur Bank Lestari' });
  });
});

describe('extractQuotes: a sport position and team before a name in commas', () => {
  const story = articleFromText(`Klub bersiap menghadapi musim baru

Gelandang Klub Sinar Jaya, Budi Santoso, menilai timnya tidak perlu membeli pemain baru musim ini.

Sebagai lawan, Klub Sinar Jaya kalah dua kali dari Tim Lestari Raya pada musim lalu di kandang sendiri.

Hanya, menurut Santoso merekrut pemain seperti Joko Wibowo tidak mendesak buat Klub Sinar Jaya.

"Komposisi tim sudah sangat bagus untuk musim ini," ujar pemain asal Kota Lestari itu.

Warga kota itu berharap klub mereka bisa bersaing di papan atas dan pengurus berjanji akan terus mendukung pemain.`);

  it('gives the name as the speaker and the position with the team as the role, never the club', () => {
    expect(quoteStarting(story, 'Komposisi tim')).toMatchObject({ speaker: 'Budi Santoso', role: 'Gelandang Klub Sinar Jaya' });
  });
});
