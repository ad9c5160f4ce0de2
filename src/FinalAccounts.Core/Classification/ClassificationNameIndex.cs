using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace FinalAccounts.Classification;

/// <summary>
/// Name-path lookup for a generated code type: the one runtime helper every generated type shares, so the generated
/// files hold data and thin members only (UnitsNet's QuantityParser is the pattern). Codes are numbered 1…n in code
/// order; 0 is "none" (default of the code type).
/// </summary>
/// <remarks>
/// A path is split at /, ＞, &gt; and after the （类）（款）（项）（目） markers reports print. Matching ignores white space and
/// full-/half-width brackets and reads 其它 as 其他. Each segment matches, in this order: a current name exactly, a
/// current name up to a trailing 支出, an old name (alias) exactly, an old name up to a trailing 支出; the first tier
/// with a match wins. A path may start at any level; the reading that starts at the higher level wins, and a path that
/// still reads two ways is not found. An exact path allocates nothing.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ClassificationNameIndex
{
    private const int MaxSegments = 16;
    private const int StackLimit = 256;

    private readonly byte[] _levels;
    private readonly int[][] _children;
    private readonly string[][] _names; // per id, per tier: exact, loose
    private readonly string[][][] _aliasNames; // per id, per alias: exact, loose
    private readonly ClassificationAlias[][] _aliases;
    private readonly Dictionary<int, int[]>[] _byHash; // per tier: hash of the normalised name → ids
    private readonly string[] _printedNames;
    private readonly int[] _parents;
    private Dictionary<string, int>? _fullPaths; // 类/款/项 as the table prints the names → id; see FullPaths

    /// <summary>Builds the index; each array is indexed by code id (0 = none), <paramref name="aliases"/> may be null.</summary>
    /// <exception cref="ArgumentException">The arrays differ in length.</exception>
    public ClassificationNameIndex(string[] names, byte[] levels, int[] parents, ClassificationAlias[][]? aliases)
    {
        if (names is null) throw new ArgumentNullException(nameof(names));
        if (levels is null) throw new ArgumentNullException(nameof(levels));
        if (parents is null) throw new ArgumentNullException(nameof(parents));
        var n = names.Length;
        if (levels.Length != n || parents.Length != n || (aliases != null && aliases.Length != n))
        {
            throw new ArgumentException("names, levels, parents and aliases must have one entry per code id.", nameof(names));
        }
        _levels = levels;
        _printedNames = names;
        _parents = parents;
        _names = new string[n][];
        _aliasNames = new string[n][][];
        _aliases = new ClassificationAlias[n][];
        var children = new List<int>[n];
        var byHash = new Dictionary<int, List<int>>[4];
        for (var t = 0; t < 4; t++) byHash[t] = new Dictionary<int, List<int>>();
        for (var id = 0; id < n; id++) children[id] = new List<int>();
        for (var id = 1; id < n; id++)
        {
            if (parents[id] > 0 && parents[id] < n) children[parents[id]].Add(id);
            var exact = Normalize(names[id] ?? string.Empty);
            _names[id] = new[] { exact, Loose(exact) };
            Add(byHash[0], exact, id);
            Add(byHash[1], _names[id][1], id);
            var own = aliases?[id] ?? Array.Empty<ClassificationAlias>();
            _aliases[id] = own;
            _aliasNames[id] = new string[own.Length][];
            for (var a = 0; a < own.Length; a++)
            {
                var aliasExact = Normalize(own[a].Name);
                _aliasNames[id][a] = new[] { aliasExact, Loose(aliasExact) };
                Add(byHash[2], aliasExact, id);
                Add(byHash[3], _aliasNames[id][a][1], id);
            }
        }
        _names[0] = new[] { string.Empty, string.Empty };
        _aliasNames[0] = Array.Empty<string[]>();
        _aliases[0] = Array.Empty<ClassificationAlias>();
        _children = new int[n][];
        for (var id = 0; id < n; id++) _children[id] = children[id].ToArray();
        _byHash = new Dictionary<int, int[]>[4];
        for (var t = 0; t < 4; t++)
        {
            _byHash[t] = new Dictionary<int, int[]>();
            foreach (var pair in byHash[t]) _byHash[t].Add(pair.Key, pair.Value.ToArray());
        }
    }

    /// <summary>The id of the single code with name path <paramref name="path"/>, or 0.</summary>
    public int Find(string? path) => Find(path, out _);

    /// <summary>
    /// The id of the single code with name path <paramref name="path"/>, or 0; <paramref name="alias"/> is the old name
    /// the path used, or null when it used only current names.
    /// </summary>
    public int Find(string? path, out ClassificationAlias? alias)
    {
        alias = null;
        if (path is null || path.Length == 0) return 0;
        return FullPaths.TryGetValue(path, out var exact) ? exact : FindGeneral(path, out alias);
    }

    /// <summary>Find without the full-path shortcut: split, normalise and match segment by segment.</summary>
    private int FindGeneral(string path, out ClassificationAlias? alias)
    {
        alias = null;
        Span<char> text = path.Length <= StackLimit ? stackalloc char[path.Length] : new char[path.Length];
        Span<int> bounds = stackalloc int[2 * MaxSegments];
        var count = Split(path, text, bounds);
        if (count <= 0) return 0;

        var first = text.Slice(bounds[0], bounds[1]);
        var tier = FirstTier(first, out var starts);
        if (tier < 0) return 0;
        for (var level = 1; level <= 4; level++)
        {
            var found = 0;
            ClassificationAlias? foundAlias = null;
            foreach (var start in starts)
            {
                if (_levels[start] != level || !Matches(start, tier, first, out var used)) continue;
                var id = start;
                for (var s = 1; s < count && id != 0; s++)
                {
                    id = MatchChild(id, text.Slice(bounds[2 * s], bounds[(2 * s) + 1]), out var usedBelow);
                    used ??= usedBelow;
                }
                if (id == 0) continue;
                if (found != 0 && found != id) return 0;
                found = id;
                foundAlias = used;
            }
            if (found == 0) continue;
            alias = foundAlias;
            return found;
        }
        return 0;
    }

    /// <summary>
    /// Every code's full path in the table's own names joined by '/' (社会保障和就业支出/就业补助/其他就业补助支出), the path
    /// reports and transcriptions print most: one dictionary probe instead of splitting, normalising and matching segment by
    /// segment. Only paths the general matching resolves to that code with current names are kept, so the shortcut never
    /// answers differently. Built on the first lookup; a second thread building its own copy at the same time is harmless.
    /// </summary>
    private Dictionary<string, int> FullPaths
    {
        get
        {
            var paths = System.Threading.Volatile.Read(ref _fullPaths);
            if (paths != null) return paths;
            paths = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var id = 1; id < _printedNames.Length; id++)
            {
                var path = PrintedPath(id);
                if (path != null && !paths.ContainsKey(path) && FindGeneral(path, out var alias) == id && alias is null) paths.Add(path, id);
            }
            System.Threading.Volatile.Write(ref _fullPaths, paths);
            return paths;
        }
    }

    private string? PrintedPath(int id)
    {
        var path = _printedNames[id];
        if (string.IsNullOrEmpty(path)) return null;
        var depth = 0;
        for (var parent = _parents[id]; parent > 0 && parent < _printedNames.Length && depth++ < MaxSegments; parent = _parents[parent])
        {
            path = _printedNames[parent] + "/" + path;
        }
        return path;
    }

    /// <summary>The id of the single child of <paramref name="parent"/> named <paramref name="name"/>, or 0.</summary>
    public int FindChild(int parent, string? name)
    {
        if (name is null || parent < 0 || parent >= _children.Length) return 0;
        Span<char> text = name.Length <= StackLimit ? stackalloc char[name.Length] : new char[name.Length];
        var length = NormalizeInto(name, text);
        return length == 0 ? 0 : MatchChild(parent, text.Slice(0, length), out _);
    }

    /// <summary>The aliases of code <paramref name="id"/>.</summary>
    public IReadOnlyList<ClassificationAlias> AliasesOf(int id) => id > 0 && id < _aliases.Length ? _aliases[id] : Array.Empty<ClassificationAlias>();

    /// <summary>A name as matching sees it: no white space, half-width brackets, 其他 for 其它, no trailing （类） marker.</summary>
    public static string Normalize(string name)
    {
        if (name is null) return string.Empty;
        var buffer = new char[name.Length];
        var length = NormalizeInto(name, buffer);
        return new string(buffer, 0, length);
    }

    private int FirstTier(ReadOnlySpan<char> segment, out int[] starts)
    {
        for (var tier = 0; tier < 4; tier++)
        {
            var probe = tier % 2 == 0 ? segment : Loose(segment);
            if (probe.Length == 0 || !_byHash[tier].TryGetValue(Hash(probe), out var ids)) continue;
            foreach (var id in ids)
            {
                if (Matches(id, tier, segment, out _))
                {
                    starts = ids;
                    return tier;
                }
            }
        }
        starts = Array.Empty<int>();
        return -1;
    }

    private int MatchChild(int parent, ReadOnlySpan<char> segment, out ClassificationAlias? alias)
    {
        var children = _children[parent];
        for (var tier = 0; tier < 4; tier++)
        {
            var single = 0;
            var matches = 0;
            ClassificationAlias? used = null;
            foreach (var id in children)
            {
                if (!Matches(id, tier, segment, out var a)) continue;
                matches++;
                single = id;
                used = a;
            }
            if (matches == 0) continue;
            alias = matches == 1 ? used : null;
            return matches == 1 ? single : 0;
        }
        alias = null;
        return 0;
    }

    /// <summary>True when code <paramref name="id"/> matches <paramref name="segment"/> in <paramref name="tier"/>.</summary>
    private bool Matches(int id, int tier, ReadOnlySpan<char> segment, out ClassificationAlias? alias)
    {
        alias = null;
        var loose = tier % 2 == 1;
        var probe = loose ? Loose(segment) : segment;
        if (probe.Length == 0) return false;
        if (tier < 2) return probe.SequenceEqual(_names[id][tier].AsSpan());
        var names = _aliasNames[id];
        for (var a = 0; a < names.Length; a++)
        {
            if (!probe.SequenceEqual(names[a][loose ? 1 : 0].AsSpan())) continue;
            alias = _aliases[id][a];
            return true;
        }
        return false;
    }

    /// <summary>Normalises <paramref name="path"/> into <paramref name="text"/> and records each segment's start and length.</summary>
    private static int Split(string path, Span<char> text, Span<int> bounds)
    {
        var length = 0;
        var start = 0;
        var count = 0;
        foreach (var raw in path)
        {
            if (char.IsWhiteSpace(raw)) continue;
            var c = Map(raw);
            if (c == '/' || c == '>')
            {
                if (!Close(bounds, ref count, start, length)) return -1;
                start = length;
                continue;
            }
            if (c == '它' && length > start && text[length - 1] == '其') c = '他';
            text[length++] = c;
            if (length - start >= 3 && c == ')' && text[length - 3] == '(' && IsMarker(text[length - 2]))
            {
                length -= 3;
                if (!Close(bounds, ref count, start, length)) return -1;
                start = length;
            }
        }
        return Close(bounds, ref count, start, length) ? count : -1;
    }

    private static bool Close(Span<int> bounds, ref int count, int start, int end)
    {
        if (end <= start) return true;
        if (count == MaxSegments) return false;
        bounds[2 * count] = start;
        bounds[(2 * count) + 1] = end - start;
        count++;
        return true;
    }

    private static int NormalizeInto(string name, Span<char> text)
    {
        var length = 0;
        foreach (var raw in name)
        {
            if (char.IsWhiteSpace(raw)) continue;
            var c = Map(raw);
            if (c == '它' && length > 0 && text[length - 1] == '其') c = '他';
            text[length++] = c;
        }
        // One trailing marker is part of how narratives print a single name: 行政运行（项）.
        if (length >= 3 && text[length - 1] == ')' && text[length - 3] == '(' && IsMarker(text[length - 2])) length -= 3;
        return length;
    }

    private static char Map(char c) => c switch
    {
        '（' => '(',
        '）' => ')',
        '／' => '/',
        '＞' => '>',
        _ => c,
    };

    private static bool IsMarker(char c) => c is '类' or '款' or '项' or '目';

    private static ReadOnlySpan<char> Loose(ReadOnlySpan<char> name)
        => name.Length > 2 && name[name.Length - 2] == '支' && name[name.Length - 1] == '出' ? name.Slice(0, name.Length - 2) : name;

    private static string Loose(string name) => name.Length > 2 && name.EndsWith("支出", StringComparison.Ordinal) ? name.Substring(0, name.Length - 2) : name;

    private static void Add(Dictionary<int, List<int>> map, string key, int id)
    {
        if (key.Length == 0) return;
        var hash = Hash(key.AsSpan());
        if (!map.TryGetValue(hash, out var ids)) map.Add(hash, ids = new List<int>());
        if (!ids.Contains(id)) ids.Add(id);
    }

    private static int Hash(ReadOnlySpan<char> text)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in text) hash = (hash ^ c) * 16777619;
            return hash;
        }
    }
}
