using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FinalAccounts.Fuzz.Tests;

/// <summary>
/// Deterministic mutations (a seeded <see cref="Random"/>): of JSON text (a string value replaced by an interesting value,
/// spans deleted or repeated, punctuation inserted, the file cut short), of raw bytes (flips, cuts, repeats, invalid
/// UTF-8), and arbitrary strings for the text parsers. The interesting values are the shapes that broke the reader once
/// (issue 11.9) and the edges of its limits.
/// </summary>
internal sealed class Mutator
{
    public static readonly string[] Interesting =
    {
        "2936.7412345678", "12345678901234567890123456789", "79228162514264337593543950335", "-79228162514264337593543950335",
        "999999999999999.999999", "1000000000000000", "999999.999999", "-999999.999999", "0.000001", "1E+30", "-0", "-0.00",
        "1,000", "1,23,456", "-5", "0", "00", "0.0000001", "", " ", "NaN", "\\ud800", "\\udc00", "x\\ud800y", "\\u0000", "—",
        "100%", "１２３", "1.2.3", "-", ".5", "5.", "−3.5", "+7", "≥95%", "≤134万元", "大于等于90", "3.00项", "长期有效保障",
        "2080101", "208", "30101", "社会保障和就业支出/人力资源和社会保障管理事务/行政运行", "财政拨款", "决算", "上年决算", "占比",
        "较上年决算增减率", "万元", "元", "%", "分", "辆", "null", "true", "[]", "{}", new string('9', 40), new string('8', 5000),
    };

    private static readonly string[] s_fragments = { "{", "}", "[", "]", ",", ":", "\"", "\\", "null", "1", "-", ".", "\n", "\"value\": \"1\"", "\"page\": 0" };

    private readonly Random _random;

    public Mutator(int seed) => _random = new Random(seed);

    public int Next(int max) => _random.Next(max);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>One to three mutations of JSON text, then sometimes of its UTF-8 bytes.</summary>
    public byte[] MutateJson(string json)
    {
        var text = json;
        var n = 1 + _random.Next(3);
        for (var k = 0; k < n; k++) text = MutateJsonText(text);
        var bytes = Encoding.UTF8.GetBytes(text);
        return _random.Next(8) == 0 ? MutateBytes(bytes, 1 + _random.Next(3)) : bytes;
    }

    private string MutateJsonText(string text)
    {
        if (text.Length == 0) return Pick(Interesting);
        switch (_random.Next(10))
        {
            case 0:
            case 1:
            case 2:
            case 3:
                return ReplaceString(text, Pick(Interesting));
            case 4:
            {
                // A value moved to another string: a number into a concept, a code into a value …
                var (start, end) = RandomString(text);
                var (start2, end2) = RandomString(text);
                if (start < 0 || start2 < 0) return text;
                return Splice(text, start, end, text.Substring(start2, end2 - start2));
            }
            case 5:
            {
                var at = _random.Next(text.Length);
                return text.Remove(at, Math.Min(text.Length - at, 1 + _random.Next(40)));
            }
            case 6:
            {
                var at = _random.Next(text.Length);
                var span = text.Substring(at, Math.Min(text.Length - at, 1 + _random.Next(200)));
                return text.Insert(at, span);
            }
            case 7:
                return text.Insert(_random.Next(text.Length), Pick(s_fragments));
            case 8:
                return text.Substring(0, _random.Next(text.Length));
            default:
            {
                // A number token (formatVersion, year, page) replaced.
                var at = _random.Next(text.Length);
                for (var i = at; i < text.Length; i++)
                {
                    if (char.IsDigit(text[i]) && i > 0 && text[i - 1] == ' ')
                    {
                        var end = i;
                        while (end < text.Length && (char.IsDigit(text[end]) || text[end] == '.')) end++;
                        return Splice(text, i, end, Pick(new[] { "0", "-1", "2", "1e400", "99999999999", "1.5", "\"1\"", "null" }));
                    }
                }
                return text;
            }
        }
    }

    private string ReplaceString(string text, string replacement)
    {
        var (start, end) = RandomString(text);
        return start < 0 ? text : Splice(text, start, end, replacement);
    }

    /// <summary>The content bounds of a random "…" string (after the opening quote, at the closing one), or (-1, -1).</summary>
    private (int Start, int End) RandomString(string text)
    {
        var from = _random.Next(text.Length);
        var open = text.IndexOf('"', from);
        if (open < 0) open = text.IndexOf('"');
        if (open < 0) return (-1, -1);
        var close = open + 1;
        while (close < text.Length && (text[close] != '"' || text[close - 1] == '\\')) close++;
        if (close >= text.Length) return (-1, -1);
        return (open + 1, close);
    }

    private static string Splice(string text, int start, int end, string middle) => text.Substring(0, start) + middle + text.Substring(end);

    /// <summary><paramref name="count"/> byte-level mutations: flips, invalid UTF-8, cuts, deletions, repeats, junk.</summary>
    public byte[] MutateBytes(byte[] bytes, int count)
    {
        var data = new List<byte>(bytes);
        for (var k = 0; k < count && data.Count > 0; k++)
        {
            var at = _random.Next(data.Count);
            switch (_random.Next(7))
            {
                case 0:
                    data[at] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    data[at] = Pick(new byte[] { 0xFF, 0xFE, 0xC3, 0x80, 0xED, 0x00, (byte)'0', (byte)'9', (byte)'(', (byte)')', (byte)'<', (byte)'>' });
                    break;
                case 2:
                    data.RemoveRange(at, data.Count - at);
                    break;
                case 3:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + _random.Next(4096)));
                    break;
                case 4:
                {
                    var length = Math.Min(data.Count - at, 1 + _random.Next(4096));
                    data.InsertRange(at, data.GetRange(at, length));
                    break;
                }
                case 5:
                {
                    var junk = new byte[1 + _random.Next(64)];
                    _random.NextBytes(junk);
                    data.InsertRange(at, junk);
                    break;
                }
                default:
                    // A digit changed: in a PDF content stream that moves a glyph or changes a length or an offset.
                    for (var i = at; i < Math.Min(data.Count, at + 4096); i++)
                    {
                        if (data[i] >= (byte)'0' && data[i] <= (byte)'9')
                        {
                            data[i] = (byte)('0' + _random.Next(10));
                            break;
                        }
                    }
                    break;
            }
        }
        return data.ToArray();
    }

    /// <summary>An arbitrary string: random characters of the codes' and names' alphabet, or an edit of a real one.</summary>
    public string RandomText(IReadOnlyList<string> real)
    {
        switch (_random.Next(5))
        {
            case 0:
                return Pick(real);
            case 1:
            case 2:
            {
                var s = Pick(real);
                var chars = s.ToCharArray().ToList();
                var edits = 1 + _random.Next(3);
                for (var k = 0; k < edits; k++)
                {
                    var at = chars.Count == 0 ? 0 : _random.Next(chars.Count + 1);
                    switch (_random.Next(3))
                    {
                        case 0 when chars.Count > 0 && at < chars.Count:
                            chars.RemoveAt(at);
                            break;
                        case 1:
                            chars.Insert(at, RandomChar());
                            break;
                        default:
                            if (at < chars.Count) chars[at] = RandomChar();
                            break;
                    }
                }
                return new string(chars.ToArray());
            }
            case 3:
                return Pick(Interesting);
            default:
            {
                var length = _random.Next(500) == 0 ? _random.Next(100_000) : _random.Next(40);
                var chars = new char[length];
                for (var i = 0; i < length; i++) chars[i] = RandomChar();
                return new string(chars);
            }
        }
    }

    private char RandomChar()
    {
        const string alphabet = "0123456789012345678901234567890123456789/（）()【】类款项目支出其他社会保障和就业人力资源管理事务行政运行 \t\n,.-+−%％，。、万元";
        return _random.Next(20) switch
        {
            0 => (char)_random.Next(0xD800, 0xE000),   // a lone surrogate
            1 => (char)_random.Next(0, 0x20),
            2 => (char)_random.Next(0x4E00, 0x9FFF),
            3 => (char)_random.Next(0xFF00, 0xFFFF),
            _ => alphabet[_random.Next(alphabet.Length)],
        };
    }
}
