import Testing
import LesartCore
import LesartTokenization

/// Social-media and web tokens: URLs (with or without scheme, in brackets, before a final
/// period), e-mail addresses, @mentions, #hashtags, ASCII emoticons (also glued to a word)
/// and emoji sequences (skin tones, ZWJ sequences, flags; adjacent emoji are separate).
@Suite("Tokenizer table: web, emoticons and emoji")
struct WebAndEmojiTableTests {
    static let webCases: [TokenCase] = [
        TokenCase("Siehe https://www.example.org/pfad?x=1 für mehr.", "Siehe https://www.example.org/pfad?x=1 für mehr .", "https://www.example.org/pfad?x=1", .url),
        TokenCase("Der Link ist http://example.com.", "Der Link ist http://example.com .", "http://example.com", .url),
        TokenCase("Lies https://example.org/seite.html.", "Lies https://example.org/seite.html .", "https://example.org/seite.html", .url),
        TokenCase("Mehr unter www.example.de/info.", "Mehr unter www.example.de/info .", "www.example.de/info", .url),
        TokenCase("Mehr auf spiegel.de/politik heute.", "Mehr auf spiegel.de/politik heute .", "spiegel.de/politik", .url),
        TokenCase("Gehe auf www.bundestag.de", "Gehe auf www.bundestag.de", "www.bundestag.de", .url),
        TokenCase("Besuche example.org!", "Besuche example.org !", "example.org", .url),
        TokenCase("Infos (https://example.com) gibt es.", "Infos ( https://example.com ) gibt es .", "https://example.com", .url),
        TokenCase("Infos [www.example.net] gibt es.", "Infos [ www.example.net ] gibt es .", "www.example.net", .url),
        TokenCase("Details: <https://example.org/a_b>", "Details : < https://example.org/a_b >", "https://example.org/a_b", .url),
        TokenCase("Siehe https://de.wikipedia.org/wiki/Bonn_(Stadt) dazu.", "Siehe https://de.wikipedia.org/wiki/Bonn_(Stadt) dazu .", "https://de.wikipedia.org/wiki/Bonn_(Stadt)", .url),
        TokenCase("Lade ftp://files.example.com/a.zip herunter.", "Lade ftp://files.example.com/a.zip herunter .", "ftp://files.example.com/a.zip", .url),
        TokenCase("Folge uns auf facebook.com/lesart, danke.", "Folge uns auf facebook.com/lesart , danke .", "facebook.com/lesart", .url),
        TokenCase("Klick https://example.org/?q=a&b=c, dann geht es.", "Klick https://example.org/?q=a&b=c , dann geht es .", "https://example.org/?q=a&b=c", .url),
        TokenCase("Das stand z.B. auf heise.de zu lesen.", "Das stand z.B. auf heise.de zu lesen .", "heise.de", .url, only: .ud),
        TokenCase("Das stand z.B. auf heise.de zu lesen.", "Das stand z. B. auf heise.de zu lesen .", "heise.de", .url, only: .empirist),
        TokenCase("Schreib an info@example.de.", "Schreib an info@example.de .", "info@example.de", .email),
        TokenCase("Mail: max.mustermann@uni-koeln.de, bitte.", "Mail : max.mustermann@uni-koeln.de , bitte .", "max.mustermann@uni-koeln.de", .email),
        TokenCase("Kontakt (kontakt@firma.com) anfragen.", "Kontakt ( kontakt@firma.com ) anfragen .", "kontakt@firma.com", .email),
        TokenCase("@anna hast du Zeit?", "@anna hast du Zeit ?", "@anna", .mention),
        TokenCase("Danke @Max_Muster!", "Danke @Max_Muster !", "@Max_Muster", .mention),
        TokenCase("Frag mal @lesart_de.", "Frag mal @lesart_de .", "@lesart_de", .mention),
        TokenCase("Ich liebe #Berlin.", "Ich liebe #Berlin .", "#Berlin", .hashtag),
        TokenCase("Das war #TatortMünster heute.", "Das war #TatortMünster heute .", "#TatortMünster", .hashtag),
        TokenCase("#MeToo ist wichtig.", "#MeToo ist wichtig .", "#MeToo", .hashtag),
        TokenCase("Heute #Wahl2025, morgen Ruhe.", "Heute #Wahl2025 , morgen Ruhe .", "#Wahl2025", .hashtag),
    ]

    static let emoticonsCases: [TokenCase] = [
        TokenCase("Das ist toll :-)", "Das ist toll :-)", ":-)", .emoticon),
        TokenCase("Na gut ;-)", "Na gut ;-)", ";-)", .emoticon),
        TokenCase("Haha :D", "Haha :D", ":D", .emoticon),
        TokenCase("Das war lustig xD", "Das war lustig xD", "xD", .emoticon),
        TokenCase("Ok ^^", "Ok ^^", "^^", .emoticon),
        TokenCase("Ich mag dich <3", "Ich mag dich <3", "<3", .emoticon),
        TokenCase("Super :-)))", "Super :-)))", ":-)))", .emoticon),
        TokenCase("Das ist super:-)", "Das ist super :-)", ":-)", .emoticon),
        TokenCase("Schade :( aber ok.", "Schade :( aber ok .", ":(", .emoticon),
        TokenCase("Hmm :-/ naja.", "Hmm :-/ naja .", ":-/", .emoticon),
        TokenCase("Wow :-P echt.", "Wow :-P echt .", ":-P", .emoticon),
        TokenCase("Na :-) Wie geht es?", "Na :-) Wie geht es ?", ":-)", .emoticon),
        TokenCase("¯\\_(ツ)_/¯ egal", "¯\\_(ツ)_/¯ egal", "¯\\_(ツ)_/¯", .emoticon),
    ]

    static let emojiCases: [TokenCase] = [
        TokenCase("Gut gemacht 👍🏽", "Gut gemacht 👍🏽", "👍🏽", .emoji),
        TokenCase("Die Familie 👨‍👩‍👧 ist da.", "Die Familie 👨‍👩‍👧 ist da .", "👨‍👩‍👧", .emoji),
        TokenCase("Ich bin in 🇩🇪 geboren.", "Ich bin in 🇩🇪 geboren .", "🇩🇪", .emoji),
        TokenCase("Toll 😀😀", "Toll 😀 😀", "😀", .emoji),
        TokenCase("Party🎉", "Party 🎉", "🎉", .emoji),
        TokenCase("Spiel 🇩🇪🇫🇷 heute", "Spiel 🇩🇪 🇫🇷 heute", "🇫🇷", .emoji),
        TokenCase("Herz ❤️ für dich", "Herz ❤️ für dich", "❤️", .emoji),
        TokenCase("Ok 👍 :)", "Ok 👍 :)", [("👍", .emoji), (":)", .emoticon)]),
        TokenCase("Lachen 😂!", "Lachen 😂 !", "😂", .emoji),
        TokenCase("Sie winkt 👋🏻👋🏿", "Sie winkt 👋🏻 👋🏿", "👋🏿", .emoji),
        TokenCase("Profi 👩🏽‍💻 am Werk.", "Profi 👩🏽‍💻 am Werk .", "👩🏽‍💻", .emoji),
        TokenCase("Die Fahne 🏳️‍🌈 weht.", "Die Fahne 🏳️‍🌈 weht .", "🏳️‍🌈", .emoji),
        TokenCase("Gute Nacht.😴", "Gute Nacht . 😴", "😴", .emoji),
    ]

    static let cases = webCases + emoticonsCases + emojiCases

    @Test("URLs, e-mail addresses, mentions and hashtags", arguments: webCases)
    func web(_ row: TokenCase) throws {
        try check(row)
    }

    @Test("emoticons", arguments: emoticonsCases)
    func emoticons(_ row: TokenCase) throws {
        try check(row)
    }

    @Test("emoji sequences", arguments: emojiCases)
    func emoji(_ row: TokenCase) throws {
        try check(row)
    }
}
