namespace TwitchSite.Preview;

/// <summary>What kind of source file changed, which decides what a rebuild redoes.</summary>
public enum ChangeKind
{
    /// <summary>A markdown page: that page is processed and rendered again; every page only when its title, order or description moved navigation.</summary>
    ContentPage,

    /// <summary>A Liquid layout: that layout is parsed again and every page rendered again; markdown is not processed again.</summary>
    Layout,

    /// <summary>A stylesheet, script, image or other file copied as it is: copied again; pages rendered again (layouts print asset URLs).</summary>
    Asset,

    /// <summary>A data file (<c>_data/*.yml</c>): parsed again; every page processed and rendered again.</summary>
    Data,

    /// <summary><c>_site.yml</c> or a <c>_directory.yml</c>: settings or folder defaults reach every page below them, so those are processed again.</summary>
    Settings,

    /// <summary>Anything else (a folder, a file no pipeline reads): a rebuild that reuses whatever is unchanged.</summary>
    Other,
}
