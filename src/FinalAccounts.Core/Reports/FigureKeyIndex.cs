using System;
using System.Collections.Generic;
using System.Threading;

namespace FinalAccounts.Reports;

/// <summary>
/// A report's own figures by key (<see cref="FinalAccountsReport.Find"/>), in printed order. Most keys are stated once, so
/// a dictionary of keys to lists paid a list and an entry holding the whole key per figure; this table holds indexes only:
/// a bucket array of the first statement of each key and, per figure, the next key in its bucket and the next statement of
/// its own key. The list <see cref="Find"/> returns is made on the first lookup of its key and kept.
/// </summary>
/// <remarks>Immutable once built, apart from the lists kept on first lookup, which are published with a compare-exchange
/// (two threads finding the same key at once may each make one; every caller then gets the one kept).</remarks>
internal sealed class FigureKeyIndex
{
    private static readonly IReadOnlyList<StatedFigure> s_none = Array.Empty<StatedFigure>();

    private readonly StatedFigure[] _figures;
    // 1 + the index of the first statement of a key hashed to the bucket, or 0.
    private readonly int[] _buckets;
    // Per first statement of a key: 1 + the index of the first statement of the next key in the same bucket, or 0.
    private readonly int[] _nextKey;
    // Per figure: 1 + the index of the next statement of the same key, or 0.
    private readonly int[] _nextSame;
    private readonly IReadOnlyList<StatedFigure>?[] _lists;

    /// <summary>Indexes the first <paramref name="count"/> figures of <paramref name="figures"/> (the report's own, in printed order).</summary>
    public FigureKeyIndex(StatedFigure[] figures, int count)
    {
        _figures = figures;
        var size = 4;
        // At most one key per two buckets: chains stay short without a load factor to tune.
        while (size < 2 * count) size <<= 1;
        _buckets = new int[size];
        _nextKey = new int[count];
        _nextSame = new int[count];
        _lists = new IReadOnlyList<StatedFigure>?[count];
        // The last statement so far of each key, by its first statement: appending keeps printed order. Used while building only.
        var last = new int[count];
        for (var i = 0; i < count; i++)
        {
            var key = figures[i].Key;
            ref var bucket = ref _buckets[key.GetHashCode() & (size - 1)];
            var first = FirstIn(bucket, key);
            if (first < 0)
            {
                _nextKey[i] = bucket;
                bucket = i + 1;
                last[i] = i;
            }
            else
            {
                _nextSame[last[first]] = i + 1;
                last[first] = i;
                StatesAKeyTwice = true;
            }
        }
    }

    /// <summary>True when some key is stated more than once.</summary>
    public bool StatesAKeyTwice { get; }

    /// <summary>Every statement of <paramref name="key"/>, in printed order (empty when none).</summary>
    public IReadOnlyList<StatedFigure> Find(FigureKey key)
    {
        var first = First(key);
        if (first < 0) return s_none;
        return Volatile.Read(ref _lists[first]) ?? Interlocked.CompareExchange(ref _lists[first], Collect(first), null) ?? _lists[first]!;
    }

    /// <summary>The first statement of <paramref name="key"/>, or null.</summary>
    public StatedFigure? FindFirst(FigureKey key)
    {
        var first = First(key);
        return first < 0 ? null : _figures[first];
    }

    /// <summary>The index of the first statement of <paramref name="key"/>, or -1.</summary>
    public int First(FigureKey key) => FirstIn(_buckets[key.GetHashCode() & (_buckets.Length - 1)], key);

    /// <summary>The index of the statement after the <paramref name="index"/>th with the same key, or -1.</summary>
    public int Next(int index) => _nextSame[index] - 1;

    /// <summary>The figure at <paramref name="index"/> (as <see cref="First"/> and <see cref="Next"/> number them).</summary>
    public StatedFigure this[int index] => _figures[index];

    private int FirstIn(int bucket, FigureKey key)
    {
        for (var i = bucket - 1; i >= 0; i = _nextKey[i] - 1)
        {
            if (_figures[i].Key.Equals(key)) return i;
        }
        return -1;
    }

    private StatedFigure[] Collect(int first)
    {
        var n = 0;
        for (var i = first; i >= 0; i = Next(i)) n++;
        var list = new StatedFigure[n];
        n = 0;
        for (var i = first; i >= 0; i = Next(i)) list[n++] = _figures[i];
        return list;
    }
}
