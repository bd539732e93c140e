// Function words that carry no topic, in the two languages Newsdesk's articles mostly come in.
// Speech verbs ("kata", "said") are deliberately absent: questions such as "what did X say?" need them.

const INDONESIAN = `ada adalah adanya agak agar akan aku amat anda antara apa apabila apakah atas atau ataupun bagaimana
bagaimanapun bagi bahkan bahwa baik beberapa begini begitu belum benar berapa berbagai bila bisa boleh bukan cukup
dahulu dalam dan dapat dari demikian dengan di dia dimana diri dong dulu hal hampir hanya harus hingga ia ialah ini
itu jadi jika juga kalau kami kamu kapan karena ke kemudian kenapa kepada ketika kini kita kok lagi lah lain lainnya
lalu lebih maka mana masih masing melalui menjadi menurut mereka meski mengapa mungkin namun nya oleh pada para paling
pernah pula pun saat saja sama sambil sana sangat saya sebagai sebelum sebenarnya sebuah secara sedang sehingga sejak
sekarang selama seluruh semua sementara sendiri seorang seperti serta sesudah setelah setiap siapa sini situ suatu
sudah tadi tanpa tapi telah tentang tentu terhadap tersebut tetapi tidak toh untuk ya yaitu yakni yang`;

const ENGLISH = `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each either few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just many may me might more most much must my
myself no nor not now of off on once only or other our ours ourselves out over own same shall she should so some such
than that the their theirs them themselves then there these they this those through to too under until up upon very
was we were what whatever when where whether which while who whom whose why will with would yet you your yours
yourself yourselves`;

const STOPWORDS = new Set(`${INDONESIAN} ${ENGLISH}`.split(/\s+/));

/** True for a lowercase word that is a function word in Indonesian or English. */
export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}
