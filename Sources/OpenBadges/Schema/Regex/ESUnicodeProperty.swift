/// A Unicode property escape (`\p{…}` or `\P{…}`) that the standard library can answer.
///
/// General categories (every value and alias of PropertyValueAliases.txt, alone or as
/// `General_Category=`/`gc=`) and the binary properties that `Unicode.Scalar.Properties` exposes are
/// supported. `Script=` and `Script_Extensions=` are not: the standard library has no script data, so
/// such a pattern is refused with a clear error rather than matched wrongly.
struct ESUnicodeProperty: Sendable {
    enum Test: Sendable {
        /// A bit per `Unicode.GeneralCategory`, in `categoryOrder`.
        case generalCategories(UInt32)
        case binary(BinaryProperty)
    }

    enum BinaryProperty: Sendable {
        case any, ascii, assigned, asciiHexDigit, alphabetic, bidiControl, bidiMirrored, caseIgnorable, cased
        case changesWhenCasefolded, changesWhenCasemapped, changesWhenLowercased, changesWhenNFKCCasefolded
        case changesWhenTitlecased, changesWhenUppercased, dash, defaultIgnorableCodePoint, deprecated
        case diacritic, emoji, emojiModifier, emojiModifierBase, emojiPresentation, extender, graphemeBase
        case graphemeExtend, hexDigit, idsBinaryOperator, idsTrinaryOperator, idContinue, idStart
        case ideographic, joinControl, logicalOrderException, lowercase, math, noncharacterCodePoint
        case patternSyntax, patternWhiteSpace, quotationMark, radical, regionalIndicator, sentenceTerminal
        case softDotted, terminalPunctuation, unifiedIdeograph, uppercase, variationSelector, whiteSpace
        case xidContinue, xidStart
    }

    let test: Test
    let negated: Bool

    func matches(_ scalar: Unicode.Scalar) -> Bool {
        let result: Bool
        switch test {
        case .generalCategories(let mask):
            result = mask & Self.bit(scalar.properties.generalCategory) != 0
        case .binary(let property):
            result = Self.has(property, scalar)
        }
        return result != negated
    }

    /// Parses the text between the braces; `nil` for a name ECMA-262 does not define or this
    /// implementation cannot answer, with the reason in `unsupported`.
    static func parse(_ text: String, negated: Bool) -> Result<ESUnicodeProperty, ESRegexError.Reason> {
        if let equals = text.firstIndex(of: "=") {
            let name = String(text[..<equals])
            let value = String(text[text.index(after: equals)...])
            switch name {
            case "General_Category", "gc":
                guard let mask = categoryAliases[value] else { return .failure(.unknownProperty(text)) }
                return .success(ESUnicodeProperty(test: .generalCategories(mask), negated: negated))
            case "Script", "sc", "Script_Extensions", "scx":
                return .failure(.unsupportedProperty(text))
            default:
                return .failure(.unknownProperty(text))
            }
        }
        if let mask = categoryAliases[text] {
            return .success(ESUnicodeProperty(test: .generalCategories(mask), negated: negated))
        }
        if let property = binaryAliases[text] {
            return .success(ESUnicodeProperty(test: .binary(property), negated: negated))
        }
        if ["Emoji_Component", "EComp", "Extended_Pictographic", "ExtPict"].contains(text) {
            return .failure(.unsupportedProperty(text))
        }
        return .failure(.unknownProperty(text))
    }

    // MARK: General categories

    private static let categoryOrder: [Unicode.GeneralCategory] = [
        .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
        .nonspacingMark, .spacingMark, .enclosingMark,
        .decimalNumber, .letterNumber, .otherNumber,
        .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation,
        .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol,
        .spaceSeparator, .lineSeparator, .paragraphSeparator,
        .control, .format, .surrogate, .privateUse, .unassigned,
    ]

    private static func bit(_ category: Unicode.GeneralCategory) -> UInt32 {
        guard let index = categoryOrder.firstIndex(of: category) else { return 0 }
        return 1 << UInt32(index)
    }

    private static func mask(_ categories: [Unicode.GeneralCategory]) -> UInt32 {
        categories.reduce(0) { $0 | bit($1) }
    }

    /// Short names, long names and the extra aliases (`digit`, `punct`, `cntrl`, `Combining_Mark`).
    private static let categoryAliases: [String: UInt32] = {
        let groups: [([String], [Unicode.GeneralCategory])] = [
            (["L", "Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter]),
            (["LC", "Cased_Letter"], [.uppercaseLetter, .lowercaseLetter, .titlecaseLetter]),
            (["Lu", "Uppercase_Letter"], [.uppercaseLetter]),
            (["Ll", "Lowercase_Letter"], [.lowercaseLetter]),
            (["Lt", "Titlecase_Letter"], [.titlecaseLetter]),
            (["Lm", "Modifier_Letter"], [.modifierLetter]),
            (["Lo", "Other_Letter"], [.otherLetter]),
            (["M", "Mark", "Combining_Mark"], [.nonspacingMark, .spacingMark, .enclosingMark]),
            (["Mn", "Nonspacing_Mark"], [.nonspacingMark]),
            (["Mc", "Spacing_Mark"], [.spacingMark]),
            (["Me", "Enclosing_Mark"], [.enclosingMark]),
            (["N", "Number"], [.decimalNumber, .letterNumber, .otherNumber]),
            (["Nd", "Decimal_Number", "digit"], [.decimalNumber]),
            (["Nl", "Letter_Number"], [.letterNumber]),
            (["No", "Other_Number"], [.otherNumber]),
            (["P", "Punctuation", "punct"], [.connectorPunctuation, .dashPunctuation, .openPunctuation,
                                             .closePunctuation, .initialPunctuation, .finalPunctuation,
                                             .otherPunctuation]),
            (["Pc", "Connector_Punctuation"], [.connectorPunctuation]),
            (["Pd", "Dash_Punctuation"], [.dashPunctuation]),
            (["Ps", "Open_Punctuation"], [.openPunctuation]),
            (["Pe", "Close_Punctuation"], [.closePunctuation]),
            (["Pi", "Initial_Punctuation"], [.initialPunctuation]),
            (["Pf", "Final_Punctuation"], [.finalPunctuation]),
            (["Po", "Other_Punctuation"], [.otherPunctuation]),
            (["S", "Symbol"], [.mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol]),
            (["Sm", "Math_Symbol"], [.mathSymbol]),
            (["Sc", "Currency_Symbol"], [.currencySymbol]),
            (["Sk", "Modifier_Symbol"], [.modifierSymbol]),
            (["So", "Other_Symbol"], [.otherSymbol]),
            (["Z", "Separator"], [.spaceSeparator, .lineSeparator, .paragraphSeparator]),
            (["Zs", "Space_Separator"], [.spaceSeparator]),
            (["Zl", "Line_Separator"], [.lineSeparator]),
            (["Zp", "Paragraph_Separator"], [.paragraphSeparator]),
            (["C", "Other"], [.control, .format, .surrogate, .privateUse, .unassigned]),
            (["Cc", "Control", "cntrl"], [.control]),
            (["Cf", "Format"], [.format]),
            (["Cs", "Surrogate"], [.surrogate]),
            (["Co", "Private_Use"], [.privateUse]),
            (["Cn", "Unassigned"], [.unassigned]),
        ]
        var table: [String: UInt32] = [:]
        for (names, categories) in groups {
            for name in names { table[name] = mask(categories) }
        }
        return table
    }()

    // MARK: Binary properties

    private static let binaryAliases: [String: BinaryProperty] = [
        "Any": .any, "ASCII": .ascii, "Assigned": .assigned,
        "ASCII_Hex_Digit": .asciiHexDigit, "AHex": .asciiHexDigit,
        "Alphabetic": .alphabetic, "Alpha": .alphabetic,
        "Bidi_Control": .bidiControl, "Bidi_C": .bidiControl,
        "Bidi_Mirrored": .bidiMirrored, "Bidi_M": .bidiMirrored,
        "Case_Ignorable": .caseIgnorable, "CI": .caseIgnorable,
        "Cased": .cased,
        "Changes_When_Casefolded": .changesWhenCasefolded, "CWCF": .changesWhenCasefolded,
        "Changes_When_Casemapped": .changesWhenCasemapped, "CWCM": .changesWhenCasemapped,
        "Changes_When_Lowercased": .changesWhenLowercased, "CWL": .changesWhenLowercased,
        "Changes_When_NFKC_Casefolded": .changesWhenNFKCCasefolded, "CWKCF": .changesWhenNFKCCasefolded,
        "Changes_When_Titlecased": .changesWhenTitlecased, "CWT": .changesWhenTitlecased,
        "Changes_When_Uppercased": .changesWhenUppercased, "CWU": .changesWhenUppercased,
        "Dash": .dash,
        "Default_Ignorable_Code_Point": .defaultIgnorableCodePoint, "DI": .defaultIgnorableCodePoint,
        "Deprecated": .deprecated, "Dep": .deprecated,
        "Diacritic": .diacritic, "Dia": .diacritic,
        "Emoji": .emoji,
        "Emoji_Modifier": .emojiModifier, "EMod": .emojiModifier,
        "Emoji_Modifier_Base": .emojiModifierBase, "EBase": .emojiModifierBase,
        "Emoji_Presentation": .emojiPresentation, "EPres": .emojiPresentation,
        "Extender": .extender, "Ext": .extender,
        "Grapheme_Base": .graphemeBase, "Gr_Base": .graphemeBase,
        "Grapheme_Extend": .graphemeExtend, "Gr_Ext": .graphemeExtend,
        "Hex_Digit": .hexDigit, "Hex": .hexDigit,
        "IDS_Binary_Operator": .idsBinaryOperator, "IDSB": .idsBinaryOperator,
        "IDS_Trinary_Operator": .idsTrinaryOperator, "IDST": .idsTrinaryOperator,
        "ID_Continue": .idContinue, "IDC": .idContinue,
        "ID_Start": .idStart, "IDS": .idStart,
        "Ideographic": .ideographic, "Ideo": .ideographic,
        "Join_Control": .joinControl, "Join_C": .joinControl,
        "Logical_Order_Exception": .logicalOrderException, "LOE": .logicalOrderException,
        "Lowercase": .lowercase, "Lower": .lowercase,
        "Math": .math,
        "Noncharacter_Code_Point": .noncharacterCodePoint, "NChar": .noncharacterCodePoint,
        "Pattern_Syntax": .patternSyntax, "Pat_Syn": .patternSyntax,
        "Pattern_White_Space": .patternWhiteSpace, "Pat_WS": .patternWhiteSpace,
        "Quotation_Mark": .quotationMark, "QMark": .quotationMark,
        "Radical": .radical,
        "Regional_Indicator": .regionalIndicator, "RI": .regionalIndicator,
        "Sentence_Terminal": .sentenceTerminal, "STerm": .sentenceTerminal,
        "Soft_Dotted": .softDotted, "SD": .softDotted,
        "Terminal_Punctuation": .terminalPunctuation, "Term": .terminalPunctuation,
        "Unified_Ideograph": .unifiedIdeograph, "UIdeo": .unifiedIdeograph,
        "Uppercase": .uppercase, "Upper": .uppercase,
        "Variation_Selector": .variationSelector, "VS": .variationSelector,
        "White_Space": .whiteSpace, "space": .whiteSpace,
        "XID_Continue": .xidContinue, "XIDC": .xidContinue,
        "XID_Start": .xidStart, "XIDS": .xidStart,
    ]

    private static func has(_ property: BinaryProperty, _ scalar: Unicode.Scalar) -> Bool {
        let p = scalar.properties
        switch property {
        case .any: return true
        case .ascii: return scalar.value < 0x80
        case .assigned: return p.generalCategory != .unassigned
        case .asciiHexDigit: return p.isASCIIHexDigit
        case .alphabetic: return p.isAlphabetic
        case .bidiControl: return p.isBidiControl
        case .bidiMirrored: return p.isBidiMirrored
        case .caseIgnorable: return p.isCaseIgnorable
        case .cased: return p.isCased
        case .changesWhenCasefolded: return p.changesWhenCaseFolded
        case .changesWhenCasemapped: return p.changesWhenCaseMapped
        case .changesWhenLowercased: return p.changesWhenLowercased
        case .changesWhenNFKCCasefolded: return p.changesWhenNFKCCaseFolded
        case .changesWhenTitlecased: return p.changesWhenTitlecased
        case .changesWhenUppercased: return p.changesWhenUppercased
        case .dash: return p.isDash
        case .defaultIgnorableCodePoint: return p.isDefaultIgnorableCodePoint
        case .deprecated: return p.isDeprecated
        case .diacritic: return p.isDiacritic
        case .emoji: return p.isEmoji
        case .emojiModifier: return p.isEmojiModifier
        case .emojiModifierBase: return p.isEmojiModifierBase
        case .emojiPresentation: return p.isEmojiPresentation
        case .extender: return p.isExtender
        case .graphemeBase: return p.isGraphemeBase
        case .graphemeExtend: return p.isGraphemeExtend
        case .hexDigit: return p.isHexDigit
        case .idsBinaryOperator: return p.isIDSBinaryOperator
        case .idsTrinaryOperator: return p.isIDSTrinaryOperator
        case .idContinue: return p.isIDContinue
        case .idStart: return p.isIDStart
        case .ideographic: return p.isIdeographic
        case .joinControl: return p.isJoinControl
        case .logicalOrderException: return p.isLogicalOrderException
        case .lowercase: return p.isLowercase
        case .math: return p.isMath
        case .noncharacterCodePoint: return p.isNoncharacterCodePoint
        case .patternSyntax: return p.isPatternSyntax
        case .patternWhiteSpace: return p.isPatternWhitespace
        case .quotationMark: return p.isQuotationMark
        case .radical: return p.isRadical
        case .regionalIndicator: return scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF
        case .sentenceTerminal: return p.isSentenceTerminal
        case .softDotted: return p.isSoftDotted
        case .terminalPunctuation: return p.isTerminalPunctuation
        case .unifiedIdeograph: return p.isUnifiedIdeograph
        case .uppercase: return p.isUppercase
        case .variationSelector: return p.isVariationSelector
        case .whiteSpace: return p.isWhitespace
        case .xidContinue: return p.isXIDContinue
        case .xidStart: return p.isXIDStart
        }
    }
}
