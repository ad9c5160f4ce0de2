using System;
using FinalAccounts.Money;
using Xunit;

namespace FinalAccounts.Core.Tests.Money;

public class IntervalTests
{
    private static readonly Interval A = new(1.5m, 2.5m);

    [Fact]
    public void Bounds_are_closed()
    {
        Assert.True(A.Contains(1.5m));
        Assert.True(A.Contains(2.5m));
        Assert.False(A.Contains(2.5000001m));
        Assert.True(A.Intersects(new Interval(2.5m, 3m)));
        Assert.False(A.Intersects(new Interval(2.51m, 3m)));
        Assert.True(A.Intersects(new Interval(2m, 2m)));
    }

    [Fact]
    public void Arithmetic_follows_the_endpoints()
    {
        Assert.Equal(new Interval(2.5m, 4.5m), A + new Interval(1m, 2m));
        Assert.Equal(new Interval(-0.5m, 1.5m), A - new Interval(1m, 2m));
        Assert.Equal(new Interval(-5m, -3m), A * -2m);
        Assert.Equal(new Interval(3m, 5m), 2m * A);
        Assert.Equal(new Interval(-2.5m, -1.5m), -A);
        Assert.Equal(1m, A.Width);
        Assert.Equal(2m, A.Midpoint);
        Assert.Equal("[1.5, 2.5]", A.ToString());
    }

    [Fact]
    public void Division_refuses_a_divisor_containing_zero()
    {
        Assert.False(A.TryDivide(new Interval(-1m, 1m), out _));
        Assert.False(A.TryDivide(new Interval(0m, 1m), out _));
        Assert.True(A.TryDivide(new Interval(2m, 4m), out Interval q));
        // [1.5/4, 2.5/2] = [0.375, 1.25], widened outward by a hair.
        Assert.True(q.Contains(0.375m) && q.Contains(1.25m));
        Assert.True(q.Min > 0.3749999m && q.Max < 1.2500001m);
        Assert.True(A.TryDivide(new Interval(-4m, -2m), out Interval negative));
        Assert.True(negative.Contains(-1.25m) && negative.Contains(-0.375m) && negative.Max < 0m);
    }

    [Fact]
    public void Reversed_bounds_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new Interval(2m, 1m));
    }
}
