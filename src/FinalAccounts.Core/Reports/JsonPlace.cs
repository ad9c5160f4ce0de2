using System.Globalization;

namespace FinalAccounts.Reports;

/// <summary>
/// A place in the report file kept as its parts — the parent's path, a member and, for an array element, its index — and
/// joined into a JSON path (<c>$.statements[3].figures[2]</c>) only when someone reads it: an error's message, a finding's
/// line. A report has a place per figure and almost none is ever asked for.
/// </summary>
internal readonly struct JsonPlace
{
    private readonly string _parent;
    private readonly string _member;
    private readonly int _index;

    /// <summary>A place given whole.</summary>
    public JsonPlace(string path)
        : this(path, string.Empty, -1)
    {
    }

    /// <summary><paramref name="parent"/> followed by <paramref name="member"/> (".weight"); with <paramref name="index"/> ≥ 0, a member that opens an element ("cells[") and is closed after the index.</summary>
    public JsonPlace(string parent, string member, int index = -1)
    {
        _parent = parent;
        _member = member;
        _index = index;
    }

    /// <summary>The JSON path.</summary>
    public override string ToString()
        => _index < 0
            ? (_member.Length == 0 ? _parent : _parent + _member)
            : _parent + _member + _index.ToString(CultureInfo.InvariantCulture) + "]";
}
