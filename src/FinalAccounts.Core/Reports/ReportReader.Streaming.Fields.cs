using System;
using System.Text.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    /// <summary>The property names of the format, matched from their UTF-8 bytes without making a string.</summary>
    private enum Name
    {
        Unknown,
        FormatVersion, Report, Tables, Statements, Evaluations, Targets,
        Title, Year, UnitName, Level, Kind, UnitKind, CurrencyUnit, Source, Notes,
        Id, Unit, EmptyNote, Page, Defaults, Cells, Row, Column,
        Section, Subsection, Sentence, Figures, Explanations, Coverage,
        Explains, AlsoExplains, Partial, Marker, Parts,
        Concept, Basis, Scope, FunctionPath, Item, Value, Code, Of, Text, Ref,

        // Fields the format documents but the model does not keep (seeds/schema/README.md, "Writing a file"): the
        // document reader never looks at them, so the streaming reader skips them too. Any other name it does not
        // know makes it give up, so a field the document reader learns later is never silently dropped here.
        Note, AdHoc, PrintedTerm, EconomicClass, UnitInferred, Evaluation,

        // A 绩效自评表's fields (RowName is "name": an enum member cannot share the enum's name).
        Project, Department, Implementer, Funds, Goals, Indicators, Total, Cut, Rows, RowName,
        InitialBudget, FullYearBudget, Executed, Weight, ExecutionRate, Score, Expected, Actual,
        Level1, Level1Inferred, Level2, Level3, Nature, Direction, Target, Deviation, Grade,
    }

    /// <summary>
    /// One field of an object as the file gives it, before anyone asks what it should be: absent, its JSON kind, and its
    /// text (strings) or whole-number value (numbers). Containers in a field nobody reads are skipped, their strings checked.
    /// </summary>
    private struct Field
    {
        public JsonTokenType Kind;
        public string? Text;
        public int Number;
        public bool IsInt32;

        public readonly bool IsPresent => Kind != JsonTokenType.None;

        /// <summary>A required non-blank string, as <c>Reader.String</c> demands.</summary>
        /// <remarks>A word that begins with a letter is not blank: the trim is left for the rare one that begins with a space.</remarks>
        public readonly string Required()
            => Kind == JsonTokenType.String && Text!.Length > 0 && (!char.IsWhiteSpace(Text[0]) || Text.Trim().Length > 0) ? Text : throw GiveUp.Signal;

        /// <summary>An optional string: absent or null is empty, as <c>Reader.OptionalString</c> reads it.</summary>
        public readonly string Optional() => Kind switch
        {
            JsonTokenType.None or JsonTokenType.Null => string.Empty,
            JsonTokenType.String => Text!,
            _ => throw GiveUp.Signal,
        };

        /// <summary>The optional page: absent or null is 0, as <c>Reader.Page</c> reads it.</summary>
        public readonly int Page() => Kind switch
        {
            JsonTokenType.None or JsonTokenType.Null => 0,
            JsonTokenType.Number when IsInt32 && Number >= 1 => Number,
            _ => throw GiveUp.Signal,
        };
    }

    /// <summary>The fields of a figure key: an explains, an alsoExplains entry or an "of", or the key part of a figure.</summary>
    private struct KeyFields
    {
        public Field Concept, Basis, Scope, FunctionPath, Item;

        public readonly FigureKey Key() => new(Concept.Required(), Basis.Required(), Scope.Optional(), FunctionPath.Optional(), Item.Optional());
    }

    /// <summary>The fields of a figure, explanation part, table cell or table defaults.</summary>
    private struct FigureFields
    {
        public KeyFields Key;
        public Field Value, Unit, Code, Text, Ref, Row, Column, Page;
        public JsonTokenType OfKind;
        public KeyFields Of;

        /// <summary>The figure's "of" as <c>Reader.Figure</c> reads it: absent is none, anything but a key object is refused.</summary>
        public readonly FigureKey? ShareOf() => OfKind switch
        {
            JsonTokenType.None => null,
            JsonTokenType.StartObject => Of.Key(),
            _ => throw GiveUp.Signal,
        };
    }

    /// <summary>
    /// Thrown inside the streaming reader for anything it does not vouch for — an error, or an order or shape it does not
    /// stream — so that the document reader reads the file again and names the place. Never leaves <see cref="ReportReader"/>.
    /// </summary>
    private sealed class GiveUp : Exception
    {
        public static readonly GiveUp Signal = new();
    }

    private static class Names
    {
        private const int MaxLength = 14;

        // Indexed by length and first byte: most names of the format are told apart by those two (unitName/unitKind,
        // level1/level2/level3 … are not), so a lookup is one array read and a comparison or a few.
        private static readonly (byte[] Utf8, Name Name)[]?[] s_table = Build();

        public static Name Of(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length == 0 || utf8.Length > MaxLength || utf8[0] >= 128) return Name.Unknown;
            var candidates = s_table[(utf8.Length * 128) + utf8[0]];
            if (candidates == null) return Name.Unknown;
            foreach (var (bytes, name) in candidates)
            {
                if (utf8.SequenceEqual(bytes)) return name;
            }
            return Name.Unknown;
        }

        private static (byte[], Name)[]?[] Build()
        {
            var table = new (byte[], Name)[]?[(MaxLength + 1) * 128];
            foreach (Name name in Enum.GetValues(typeof(Name)))
            {
                if (name == Name.Unknown) continue;
                var text = name == Name.RowName ? "name" : name.ToString();
                var bytes = System.Text.Encoding.ASCII.GetBytes(char.ToLowerInvariant(text[0]) + text.Substring(1));
                var slot = (bytes.Length * 128) + bytes[0];
                var list = table[slot] ?? Array.Empty<(byte[], Name)>();
                Array.Resize(ref list, list.Length + 1);
                list[list.Length - 1] = (bytes, name);
                table[slot] = list;
            }
            return table;
        }
    }

    private sealed partial class StreamingReader
    {
        /// <summary>Moves to the next property of the object being read; false at its end. An escaped name is not streamed.</summary>
        private static bool NextField(ref Utf8JsonReader r, out Name name)
        {
            r.Read();
            if (r.TokenType == JsonTokenType.EndObject)
            {
                name = Name.Unknown;
                return false;
            }
            if (r.ValueIsEscaped) throw GiveUp.Signal;
            name = Names.Of(r.ValueSpan);
            return true;
        }

        /// <summary>Reads the value of the property just named into <paramref name="field"/>; a field given twice is not streamed.</summary>
        /// <remarks>
        /// A long text (<paramref name="shared"/> false: a sentence, a note, a goal) is not looked up among the shared
        /// strings: it is seldom repeated. A short one — a figure's value too: a 自评表 prints "5", "10" and "100" again and
        /// again — is.
        /// </remarks>
        private void Set(ref Utf8JsonReader r, ref Field field, bool shared = true)
        {
            if (field.IsPresent) throw GiveUp.Signal;
            r.Read();
            field.Kind = r.TokenType;
            switch (r.TokenType)
            {
                case JsonTokenType.String:
                    field.Text = shared ? SharedText(ref r) : Text(ref r);
                    break;
                case JsonTokenType.Number:
                    field.IsInt32 = r.TryGetInt32(out field.Number);
                    break;
                case JsonTokenType.StartObject:
                case JsonTokenType.StartArray:
                    Skip(ref r);
                    break;
            }
        }

        /// <summary>
        /// Skips the value the reader stands on, checking what the document reader checks of every value, read or not:
        /// that each string and property name decodes (an escaped lone surrogate such as "\ud800" does not).
        /// </summary>
        private static void Skip(ref Utf8JsonReader r)
        {
            if (r.TokenType != JsonTokenType.StartObject && r.TokenType != JsonTokenType.StartArray)
            {
                RequireText(ref r);
                return;
            }
            var depth = r.CurrentDepth;
            while (r.Read() && r.CurrentDepth > depth) RequireText(ref r);
        }

        private static void RequireText(ref Utf8JsonReader r)
        {
            if ((r.TokenType == JsonTokenType.String || r.TokenType == JsonTokenType.PropertyName) && r.ValueIsEscaped) Text(ref r);
        }

        /// <summary>
        /// The string the reader stands on. A short one (a concept, basis, unit, scope, 功能分类 path, code …) is read once
        /// per file: a report repeats a few hundred of them thousands of times.
        /// </summary>
        private string SharedText(ref Utf8JsonReader r)
        {
            var utf8 = r.ValueSpan;
            if (r.ValueIsEscaped || utf8.Length > SharedTexts.MaxLength) return Text(ref r);
            return _shared.Get(utf8, ref r);
        }

        // Kept per thread across reads: the words of one report (concepts, bases, sections, units) are the words of the
        // next, so a second read of any report makes none of them again. Strings are immutable; sharing them is safe.
        private readonly SharedTexts _shared = s_sharedPerThread ??= new SharedTexts();

        [ThreadStatic]
        private static SharedTexts? s_sharedPerThread;

        /// <summary>
        /// Strings by their UTF-8 bytes, in sets of four ways chosen by hash, the bytes kept side by side in one array (a
        /// word costs its string and nothing else); when the array is full, everything is forgotten and the words come again.
        /// </summary>
        /// <remarks>
        /// Four ways, not one slot per hash: in a simulation of the seed's reads, its ~840 short words in 2,048 single slots left ~250 of them sharing a
        /// slot with another, so each read made ~270 of them again and every dozen reads filled the array and forgot them
        /// all; in 1,024 sets of four a read makes about five.
        /// </remarks>
        private sealed class SharedTexts
        {
            public const int MaxLength = 96;

            private const int Ways = 4;
            private const int Sets = 1024;

            // Offset (low 16 bits) and length (high bits) packed in one int: 16 bytes an entry keeps the table (64 KB)
            // off the large-object heap.
            private readonly (int Hash, int Place, string? Text)[] _entries = new (int, int, string?)[Sets * Ways];
            private readonly byte[] _victims = new byte[Sets];
            private readonly byte[] _bytes = new byte[64 * 1024];
            private int _used;

            /// <summary>The string of <paramref name="utf8"/> (the value <paramref name="reader"/> stands on), made only when its set does not hold it.</summary>
            public string Get(ReadOnlySpan<byte> utf8, ref Utf8JsonReader reader)
            {
                var hash = Hash(utf8);
                var first = (hash & (Sets - 1)) * Ways;
                for (var w = first; w < first + Ways; w++)
                {
                    ref var entry = ref _entries[w];
                    if (entry.Text == null) break; // a set fills from its first way and is emptied whole
                    if (entry.Hash == hash && utf8.SequenceEqual(_bytes.AsSpan(entry.Place & 0xFFFF, entry.Place >> 16))) return entry.Text;
                }
                return Add(utf8, hash, first, Text(ref reader));
            }

            private string Add(ReadOnlySpan<byte> utf8, int hash, int first, string text)
            {
                if (_used + utf8.Length > _bytes.Length)
                {
                    Array.Clear(_entries, 0, _entries.Length);
                    Array.Clear(_victims, 0, _victims.Length);
                    _used = 0;
                }
                var way = first;
                while (way < first + Ways && _entries[way].Text != null) way++;
                if (way == first + Ways)
                {
                    // A full set: the ways are replaced in turn.
                    ref var victim = ref _victims[first / Ways];
                    way = first + victim;
                    victim = (byte)((victim + 1) % Ways);
                }
                utf8.CopyTo(_bytes.AsSpan(_used));
                _entries[way] = (hash, _used | (utf8.Length << 16), text);
                _used += utf8.Length;
                return text;
            }

            private static int Hash(ReadOnlySpan<byte> utf8)
            {
                var hash = utf8.Length;
                foreach (var b in utf8) hash = (hash * 31) + b;
                return hash ^ (hash >> 11);
            }
        }

        private static string Text(ref Utf8JsonReader r)
        {
            try
            {
                return r.GetString()!;
            }
            catch (InvalidOperationException)
            {
                throw GiveUp.Signal;
            }
        }

        private static void Expect(ref Utf8JsonReader r, JsonTokenType kind)
        {
            if (r.TokenType != kind) throw GiveUp.Signal;
        }

        /// <summary>An object holding only a key's fields (explains, an alsoExplains entry, of).</summary>
        private void KeyObject(ref Utf8JsonReader r, ref KeyFields key)
        {
            Expect(ref r, JsonTokenType.StartObject);
            while (NextField(ref r, out var name))
            {
                if (!KeyField(ref r, ref key, name)) throw GiveUp.Signal;
            }
        }

        private bool KeyField(ref Utf8JsonReader r, ref KeyFields key, Name name)
        {
            switch (name)
            {
                case Name.Concept: Set(ref r, ref key.Concept); return true;
                case Name.Basis: Set(ref r, ref key.Basis); return true;
                case Name.Scope: Set(ref r, ref key.Scope); return true;
                case Name.FunctionPath: Set(ref r, ref key.FunctionPath); return true;
                case Name.Item: Set(ref r, ref key.Item); return true;
                default: return false;
            }
        }

        /// <summary>
        /// The fields of a figure-like object: a statement's figure (<paramref name="part"/> is <see cref="Name.Figures"/>),
        /// an explanation part (<see cref="Name.Parts"/>: also text and ref), a table cell (<see cref="Name.Cells"/>: also
        /// row, column and page) or a table's <see cref="Name.Defaults"/>.
        /// </summary>
        private void Fields(ref Utf8JsonReader r, ref FigureFields f, Name part)
        {
            Expect(ref r, JsonTokenType.StartObject);
            while (NextField(ref r, out var name))
            {
                if (KeyField(ref r, ref f.Key, name)) continue;
                switch (name)
                {
                    case Name.Value: Set(ref r, ref f.Value); break;
                    case Name.Unit: Set(ref r, ref f.Unit); break;
                    case Name.Code: Set(ref r, ref f.Code); break;
                    case Name.Of when f.OfKind == JsonTokenType.None:
                        r.Read();
                        f.OfKind = r.TokenType;
                        if (r.TokenType == JsonTokenType.StartObject) KeyObject(ref r, ref f.Of);
                        else Skip(ref r);
                        break;
                    case Name.Text when part == Name.Parts: Set(ref r, ref f.Text); break;
                    case Name.Ref when part == Name.Parts: Set(ref r, ref f.Ref); break;
                    case Name.Row when part == Name.Cells: Set(ref r, ref f.Row); break;
                    case Name.Column when part == Name.Cells: Set(ref r, ref f.Column); break;
                    case Name.Page when part == Name.Cells: Set(ref r, ref f.Page); break;
                    case Name.Note or Name.AdHoc or Name.PrintedTerm or Name.EconomicClass or Name.UnitInferred:
                        r.Read();
                        Skip(ref r);
                        break;
                    default: throw GiveUp.Signal;
                }
            }
        }
    }
}
