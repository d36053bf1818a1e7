@testable import OpenBadges
import TestSupport
import Testing

@Suite("ECMAScript regular expressions (u flag)")
struct ECMAScriptRegexTests {
    func matches(_ pattern: String, _ input: String) throws -> Bool {
        let regex = try ECMAScriptRegex(pattern)
        return regex.search(in: input) == .match
    }

    func rejects(_ pattern: String) -> Bool {
        (try? ECMAScriptRegex(pattern)) == nil
    }

    @Test("searches are unanchored; ^ and $ anchor to the whole input only")
    func anchors() throws {
        #expect(try matches("a+", "xxaayy"))
        #expect(try !matches("^abc$", "abc\n"))
        #expect(try matches("^abc$", "abc"))
        #expect(try !matches("^b", "ab"))
        #expect(try matches("(?:^a|b)$", "cb"))
    }

    @Test("\\d, \\w, \\b are ASCII; \\s is the ECMAScript whitespace set")
    func classEscapes() throws {
        #expect(try matches("^\\d$", "7"))
        #expect(try !matches("^\\d$", "\u{07C0}"))
        #expect(try matches("^\\D$", "\u{07C0}"))
        #expect(try !matches("^\\w$", "é"))
        #expect(try matches("^\\W$", "é"))
        for space in ["\u{09}", "\u{0B}", "\u{0C}", " ", "\u{A0}", "\u{FEFF}", "\n", "\u{2029}", "\u{2003}"] {
            #expect(try matches("^\\s$", space), "\(space.unicodeScalars.first.map { $0.value } ?? 0)")
        }
        #expect(try !matches("^\\s$", "\u{2013}"))
        #expect(try matches("\\bcat\\b", "a cat!"))
        #expect(try !matches("\\bcat\\b", "concat"))
        #expect(try matches("\\Bcat", "concat"))
    }

    @Test("character escapes: \\t, \\cX, \\xHH, \\u, \\u{…}, surrogate pairs, \\0")
    func characterEscapes() throws {
        #expect(try matches("^\\t$", "\t"))
        #expect(try !matches("^\\t$", "\\t"))
        #expect(try matches("^\\cC$", "\u{03}"))
        #expect(try matches("^\\cc$", "\u{03}"))
        #expect(try matches("^\\x41\\u0042\\u{43}$", "ABC"))
        #expect(try matches("^\\uD83D\\uDC32$", "🐲"))
        #expect(try matches("^\\u{1F432}+$", "🐲🐲"))
        #expect(try matches("^\\0$", "\u{0}"))
        #expect(try matches("^\\/\\.\\*$", "/.*"))
    }

    @Test("matching is by code point")
    func codePoints() throws {
        #expect(try matches("^🐲*$", "🐲🐲"))
        #expect(try !matches("^🐲*$", "🐉"))
        #expect(try matches("^.$", "🐲"))
        #expect(try !matches("^.$", "\n"))
        // A decomposed é is two code points.
        #expect(try matches("^..$", "e\u{301}"))
    }

    @Test("classes: ranges, negation, escapes inside, [] and [^]")
    func classes() throws {
        #expect(try matches("^[a-c]+$", "abcab"))
        #expect(try !matches("^[^a-c]$", "b"))
        #expect(try matches("^[\\d\\s]+$", "1 2"))
        #expect(try matches("^[\\-]$", "-"))
        #expect(try matches("^[a-]$", "-"))
        #expect(try matches("^[\\b]$", "\u{08}"))
        #expect(try !matches("[]", "a"))
        #expect(try matches("^[^]$", "\n"))
        #expect(try matches("^[\\D]$", "x"))
        #expect(try matches("(ext:)[a-z|A-Z|0-9|.|-|_]+", "ext:Foo_Bar"))
    }

    @Test("quantifiers: greedy, lazy, counted, and empty iterations")
    func quantifiers() throws {
        #expect(try matches("^a{2,3}$", "aaa"))
        #expect(try !matches("^a{2,3}$", "aaaa"))
        #expect(try matches("^a{2,}$", "aaaaa"))
        #expect(try matches("^(?:a|b)*?c$", "ababc"))
        #expect(try matches("^(a*)*b$", "aaab"))
        #expect(try !matches("^(a*)*b$", "aaac"))
        #expect(try matches("^(?:)*$", ""))
        #expect(try matches("^[0-9]{2,}$", "12"))
    }

    @Test("groups, backreferences, lookaround including variable-width lookbehind")
    func groupsAndLookaround() throws {
        #expect(try matches("^(a)(b)\\2\\1$", "abba"))
        #expect(try matches("^(?<n>a)\\k<n>$", "aa"))
        #expect(try matches("\\1(a)", "a"))  // a forward reference matches empty
        #expect(try matches("^(?=ab)a", "ab"))
        #expect(try !matches("^(?!ab)a", "ab"))
        #expect(try matches("(?<=a+)b", "aaab"))
        #expect(try !matches("(?<!a)b", "ab"))
        #expect(try matches("(?<=(\\d+)x)y", "12xy"))
        // ES resets captures on each iteration: the second iteration leaves group 2 unset.
        #expect(try matches("^(?:(a)|(b))+\\2$", "ba"))
        #expect(try !matches("^(?:(a)|b)+\\1$", "aba"))
    }

    @Test("Unicode property escapes")
    func properties() throws {
        #expect(try matches("\\p{Letter}cole", "école"))
        #expect(try !matches("^\\p{Lu}$", "a"))
        #expect(try matches("^\\P{Lu}$", "a"))
        #expect(try matches("^\\p{digit}+$", "\u{09EA}\u{09E8}"))
        #expect(try matches("^\\p{gc=Nd}$", "5"))
        #expect(try matches("^[\\p{L}\\d]+$", "ab12"))
        #expect(try matches("^\\p{White_Space}$", "\u{2003}"))
        #expect(rejects("\\p{Script=Greek}"))
        #expect(rejects("\\p{NoSuchProperty}"))
    }

    @Test("syntax the u flag forbids is rejected")
    func strictSyntax() {
        for pattern in ["\\a", "(?P<name>x)", "(?#comment)a", "(?i)abc", "^(abc]", "a{", "}", "]", "[z-a]",
                        "a**", "(?=a)*", "\\1", "\\k<nope>(?<n>a)", "(?<n>a)(?<n>b)", "[\\d-z]", "\\c1", "\\u{110000}",
                        "(", ")", "\\-", "\\01", "a{2,1}"] {
            #expect(rejects(pattern), "\(pattern)")
        }
        for pattern in ["(?<name>x)", "(?<n>a)\\k<n>", "(?<=a+)b", "[]", "[^]", "\\cA", "([abc])+\\s+$", "\\/"] {
            #expect(!rejects(pattern), "\(pattern)")
        }
    }

    @Test("catastrophic backtracking stops at the step budget")
    func stepBudget() throws {
        let regex = try ECMAScriptRegex("^(a+)+$")
        let hostile = String(repeating: "a", count: 40) + "b"
        let clock = ContinuousClock()
        let start = clock.now
        #expect(regex.search(in: hostile) == .limitExceeded)
        #expect(clock.now - start < TimeBudget.duration(seconds: 5))
        #expect(regex.search(in: "aaaa") == .match)
    }

    @Test("absurd repetition counts are refused, not expanded")
    func programSize() {
        #expect(rejects("a{1000000}"))
        #expect(!rejects("(?:){1000000000}"))
    }
}
