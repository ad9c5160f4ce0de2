using System;
using System.Collections.Generic;
using System.Text.Json;
using FinalAccounts.Money;
using FinalAccounts.Reports.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    /// <summary>
    /// Reads a report in one forward pass of <see cref="Utf8JsonReader"/>, feeding the <see cref="ReportBuilder"/> as
    /// the parts go by: no document, no JSON path or line for a field (the builder makes a figure's path; lines are
    /// looked up only when asked). It vouches only for what it can read without a doubt: a file in the order the
    /// <see cref="ReportWriter"/> writes (header first; tables, statements, evaluations, targets in that order; an
    /// object's own fields before its lists), with no duplicate or unknown field and no error. For anything else —
    /// every error included — it gives up and <see cref="Reader"/> reads the file from the start, so what is accepted,
    /// what is refused and every message are the document reader's; the law that both give the same report is tested.
    /// </summary>
    private sealed partial class StreamingReader
    {
        private static readonly JsonReaderOptions s_options = new() { MaxDepth = 64 };

        private readonly ReadOnlyMemory<byte> _utf8;
        private readonly string _file;
        private readonly Lazy<JsonLineMap> _lines;
        private readonly List<FigureKey> _also = new();
        private ReportBuilder? _builder;
        private Reader? _documentReader;

        private StreamingReader(ReadOnlyMemory<byte> utf8, string file, Lazy<JsonLineMap> lines)
        {
            _utf8 = utf8;
            _file = file;
            _lines = lines;
        }

        /// <summary>The report, or null when the document reader must read the file.</summary>
        public static FinalAccountsReport? TryRead(ReadOnlyMemory<byte> utf8, string file, Lazy<JsonLineMap> lines)
        {
            try
            {
                return new StreamingReader(utf8, file, lines).Read();
            }
            catch (Exception ex) when (ex is GiveUp || ex is JsonException || ex is ReportBuildException || ex is ReportFormatException)
            {
                return null;
            }
        }

        private ReportBuilder Builder => _builder ?? throw GiveUp.Signal;

        private FinalAccountsReport Read()
        {
            var r = new Utf8JsonReader(_utf8.Span, s_options);
            r.Read();
            Expect(ref r, JsonTokenType.StartObject);
            var version = false;
            ReportInfo? info = null;
            var stage = Name.Unknown;
            while (NextField(ref r, out var name))
            {
                switch (name)
                {
                    case Name.FormatVersion when !version && _builder == null:
                        r.Read();
                        if (r.TokenType != JsonTokenType.Number || !r.TryGetInt32(out var v) || v != 1) throw GiveUp.Signal;
                        version = true;
                        break;
                    case Name.Report when info == null && _builder == null:
                        r.Read();
                        info = Info(ref r);
                        break;
                    case Name.Tables or Name.Statements or Name.Evaluations or Name.Targets when version && info != null && name > stage:
                        _builder ??= new ReportBuilder(info, path => _lines.Value.LineOf(path));
                        stage = name;
                        r.Read();
                        Section(ref r, name);
                        break;
                    default:
                        throw GiveUp.Signal;
                }
            }
            // Read past the root: anything after it is an error JsonDocument reports, so the reader throws it here too.
            if (r.Read() || stage < Name.Statements) throw GiveUp.Signal;
            return Builder.Build();
        }

        private void Section(ref Utf8JsonReader r, Name name)
        {
            // "tables": {} is the format's way of saying "none published".
            if (name == Name.Tables && r.TokenType == JsonTokenType.StartObject)
            {
                r.Read();
                Expect(ref r, JsonTokenType.EndObject);
                return;
            }
            Expect(ref r, JsonTokenType.StartArray);
            var n = 0;
            while (r.Read() && r.TokenType != JsonTokenType.EndArray)
            {
                switch (name)
                {
                    case Name.Tables:
                        Table(ref r);
                        break;
                    case Name.Statements:
                        Statement(ref r);
                        break;
                    case Name.Evaluations:
                        Builder.AddEvaluation(Evaluation(ref r, n));
                        break;
                    default:
                        using (var targets = Document(ref r)) Builder.AddTargets(DocumentReader.Targets(targets.RootElement, "$.targets[" + n + "]"));
                        break;
                }
                n++;
            }
        }

        private Reader DocumentReader => _documentReader ??= new Reader(_file, _lines);

        /// <summary>
        /// A 绩效目标表 as a small document of its own, for the document reader's methods of that part (its rules are many,
        /// and a 预算's targets are few). Its strings are checked first.
        /// </summary>
        private static JsonDocument Document(ref Utf8JsonReader r)
        {
            var copy = r;
            Skip(ref copy);
            return JsonDocument.ParseValue(ref r);
        }

        private ReportInfo Info(ref Utf8JsonReader r)
        {
            Expect(ref r, JsonTokenType.StartObject);
            Field title = default, year = default, unitName = default, level = default, kind = default, unitKind = default, currency = default, source = default, notes = default;
            while (NextField(ref r, out var name))
            {
                switch (name)
                {
                    case Name.Title: Set(ref r, ref title); break;
                    case Name.Year: Set(ref r, ref year); break;
                    case Name.UnitName: Set(ref r, ref unitName); break;
                    case Name.Level: Set(ref r, ref level); break;
                    case Name.Kind: Set(ref r, ref kind); break;
                    case Name.UnitKind: Set(ref r, ref unitKind); break;
                    case Name.CurrencyUnit: Set(ref r, ref currency); break;
                    case Name.Source: Set(ref r, ref source); break;
                    case Name.Notes: Set(ref r, ref notes); break;
                    default: throw GiveUp.Signal;
                }
            }
            var unit = currency.Required() switch
            {
                "万元" => CurrencyUnit.WanYuan,
                "元" => CurrencyUnit.Yuan,
                _ => throw GiveUp.Signal,
            };
            if (year.Kind != JsonTokenType.Number || !year.IsInt32 || year.Number < 1990 || year.Number > 2100) throw GiveUp.Signal;
            var reportKind = !kind.IsPresent ? ReportKind.FinalAccounts : kind.Text switch
            {
                "决算" when kind.Kind == JsonTokenType.String => ReportKind.FinalAccounts,
                "预算" when kind.Kind == JsonTokenType.String => ReportKind.Budget,
                _ => throw GiveUp.Signal,
            };
            if (!ReportUnitKindName.TryParse(unitKind.Required(), out var publisherKind)) throw GiveUp.Signal;
            return new ReportInfo(title.Required(), year.Number, unitName.Required(), level.Required(), publisherKind, unit,
                source.Optional(), notes.Optional(), reportKind);
        }

        private void Statement(ref Utf8JsonReader r)
        {
            Expect(ref r, JsonTokenType.StartObject);
            Field id = default, section = default, subsection = default, sentence = default, page = default, coverage = default;
            var lists = Name.Unknown;
            while (NextField(ref r, out var name))
            {
                // The statement's own fields come before its lists: the builder begins it before its figures.
                if (lists != Name.Unknown && name is Name.Id or Name.Section or Name.Subsection or Name.Sentence or Name.Page or Name.Coverage) throw GiveUp.Signal;
                switch (name)
                {
                    case Name.Id: Set(ref r, ref id); break;
                    case Name.Section: Set(ref r, ref section); break;
                    case Name.Subsection: Set(ref r, ref subsection); break;
                    case Name.Coverage: Set(ref r, ref coverage); break;
                    case Name.Sentence: Set(ref r, ref sentence); break;
                    case Name.Page: Set(ref r, ref page); break;
                    case Name.Figures or Name.Explanations when name > lists:
                        if (lists == Name.Unknown) Builder.AddStatement(id.Required(), section.Required(), subsection.Optional(), sentence.Required(), page.Page(), coverage.Optional());
                        lists = name;
                        r.Read();
                        Expect(ref r, JsonTokenType.StartArray);
                        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                        {
                            if (name == Name.Figures) Figure(ref r);
                            else Explanation(ref r);
                        }
                        break;
                    case Name.Note or Name.Evaluation: r.Read(); Skip(ref r); break;
                    default: throw GiveUp.Signal;
                }
            }
            if (lists == Name.Unknown) Builder.AddStatement(id.Required(), section.Required(), subsection.Optional(), sentence.Required(), page.Page(), coverage.Optional());
        }

        private void Figure(ref Utf8JsonReader r)
        {
            var f = default(FigureFields);
            Fields(ref r, ref f, Name.Figures);
            Builder.AddFigure(f.Key.Key(), f.Value.Required(), f.Unit.Required(), f.Code.Optional(), f.ShareOf());
        }

        private void Explanation(ref Utf8JsonReader r)
        {
            Expect(ref r, JsonTokenType.StartObject);
            KeyFields explains = default;
            Field partial = default, marker = default;
            bool hasExplains = false, hasAlso = false, hasParts = false;
            _also.Clear();
            while (NextField(ref r, out var name))
            {
                // The parts come after the fields they need: the builder begins the explanation before its parts.
                if (hasParts && name != Name.Note) throw GiveUp.Signal;
                switch (name)
                {
                    case Name.Explains when !hasExplains:
                        hasExplains = true;
                        r.Read();
                        KeyObject(ref r, ref explains);
                        break;
                    case Name.AlsoExplains when !hasAlso:
                        hasAlso = true;
                        r.Read();
                        Expect(ref r, JsonTokenType.StartArray);
                        while (r.Read() && r.TokenType != JsonTokenType.EndArray)
                        {
                            var also = default(KeyFields);
                            KeyObject(ref r, ref also);
                            _also.Add(also.Key());
                        }
                        break;
                    case Name.Partial: Set(ref r, ref partial); break;
                    case Name.Marker: Set(ref r, ref marker); break;
                    case Name.Parts:
                        hasParts = true;
                        if (!hasExplains || (partial.Kind != JsonTokenType.True && partial.Kind != JsonTokenType.False)) throw GiveUp.Signal;
                        Builder.AddExplanation(explains.Key(), _also, partial.Kind == JsonTokenType.True, marker.Optional());
                        r.Read();
                        Expect(ref r, JsonTokenType.StartArray);
                        while (r.Read() && r.TokenType != JsonTokenType.EndArray) ExplanationPart(ref r);
                        break;
                    case Name.Note: r.Read(); Skip(ref r); break;
                    default: throw GiveUp.Signal;
                }
            }
            if (!hasParts) throw GiveUp.Signal;
        }

        /// <summary>A figure (it has a value), a reference to one (a key, and a ref to another statement or none), or words.</summary>
        private void ExplanationPart(ref Utf8JsonReader r)
        {
            var f = default(FigureFields);
            Fields(ref r, ref f, Name.Parts);
            var text = f.Text.Optional();
            if (f.Value.IsPresent) Builder.AddFigurePart(f.Key.Key(), f.Value.Required(), f.Unit.Required(), text, f.Code.Optional(), f.ShareOf());
            else if (f.Key.Concept.IsPresent) Builder.AddReferencePart(f.Key.Key(), f.Ref.IsPresent ? f.Ref.Required() : string.Empty, text);
            else Builder.AddTextPart(text);
        }
    }
}
