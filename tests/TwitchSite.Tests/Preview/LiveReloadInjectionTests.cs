using TwitchSite.Preview;

namespace TwitchSite.Tests.Preview;

public sealed class LiveReloadInjectionTests
{
    private const string Script = LiveReloadInjection.ScriptElement;

    [Theory]
    [InlineData("<html><head><title>x</title></head><body>b</body></html>", "<html><head><title>x</title>" + Script + "\n</head><body>b</body></html>")]
    [InlineData("<HTML><HEAD></HEAD></HTML>", "<HTML><HEAD>" + Script + "\n</HEAD></HTML>")]
    [InlineData("<body>only a body</body>", "<body>only a body" + Script + "\n</body>")]
    [InlineData("a fragment", "a fragment\n" + Script + "\n")]
    [InlineData("<head>" + Script + "</head>", "<head>" + Script + "</head>")]
    public void Given_html_When_the_script_is_added_Then_it_goes_before_the_end_of_the_head_once(string html, string expected)
    {
        Assert.Equal(expected, LiveReloadInjection.AddTo(html));
    }
}
