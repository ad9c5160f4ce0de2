using System.Text.Json;

namespace FinalAccounts.Reports;

public static partial class ReportReader
{
    /// <summary>Streaming of the <c>tables</c> array: each table, its defaults, and its cells with the defaults filled in.</summary>
    private sealed partial class StreamingReader
    {
        private void Table(ref Utf8JsonReader r)
        {
            Expect(ref r, JsonTokenType.StartObject);
            Field id = default, title = default, unit = default, emptyNote = default, page = default;
            var defaults = default(FigureFields);
            var lists = Name.Unknown;
            while (NextField(ref r, out var name))
            {
                // The table's own fields come before its defaults and cells: the builder begins it before its cells.
                if (lists != Name.Unknown && name is Name.Id or Name.Title or Name.Unit or Name.EmptyNote or Name.Page) throw GiveUp.Signal;
                switch (name)
                {
                    case Name.Id: Set(ref r, ref id); break;
                    case Name.Title: Set(ref r, ref title); break;
                    case Name.Unit: Set(ref r, ref unit); break;
                    case Name.EmptyNote: Set(ref r, ref emptyNote); break;
                    case Name.Page: Set(ref r, ref page); break;
                    case Name.Defaults or Name.Cells when name > lists:
                        if (lists == Name.Unknown) Builder.AddTable(id.Required(), title.Required(), unit.Required(), emptyNote.Optional(), page.Page());
                        lists = name;
                        r.Read();
                        if (name == Name.Defaults)
                        {
                            Fields(ref r, ref defaults, Name.Defaults);
                            break;
                        }
                        Expect(ref r, JsonTokenType.StartArray);
                        while (r.Read() && r.TokenType != JsonTokenType.EndArray) Cell(ref r, defaults, unit.Text!);
                        break;
                    default: throw GiveUp.Signal;
                }
            }
            if (lists != Name.Cells) throw GiveUp.Signal;
        }

        /// <summary>A cell: a field it does not give is the table's default, and its unit is the table's when neither gives one.</summary>
        private void Cell(ref Utf8JsonReader r, in FigureFields defaults, string tableUnit)
        {
            var f = default(FigureFields);
            Fields(ref r, ref f, Name.Cells);
            Default(ref f.Key.Concept, defaults.Key.Concept);
            Default(ref f.Key.Basis, defaults.Key.Basis);
            Default(ref f.Key.Scope, defaults.Key.Scope);
            Default(ref f.Key.FunctionPath, defaults.Key.FunctionPath);
            Default(ref f.Key.Item, defaults.Key.Item);
            Default(ref f.Value, defaults.Value);
            Default(ref f.Code, defaults.Code);
            Default(ref f.Unit, defaults.Unit);
            Default(ref f.Unit, new Field { Kind = JsonTokenType.String, Text = tableUnit });
            if (f.OfKind == JsonTokenType.None)
            {
                f.OfKind = defaults.OfKind;
                f.Of = defaults.Of;
            }
            var row = f.Row.Required();
            var column = f.Column.Required();
            Builder.AddCell(row, column, f.Key.Key(), f.Value.Required(), f.Unit.Required(), f.Code.Optional(), f.Page.Page(), f.ShareOf());
        }

        private static void Default(ref Field field, in Field fallback)
        {
            if (!field.IsPresent) field = fallback;
        }
    }
}
