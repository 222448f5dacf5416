namespace TwitchSite.Tests.Support;

/// <summary>
/// A small site that uses every feature of the generator: layouts of every kind, folder
/// defaults, front matter of every key, GitHub alerts, tables, footnotes, definition lists,
/// heading ids and contents, citations of sources, links with fragments, images, a page without front matter,
/// file names that need slugs, a layout overridden from input/, glossary and condition data,
/// redirects from old addresses and a 404 page.
/// </summary>
public static class FeatureSite
{
    /// <summary>The site, as fixture files.</summary>
    public const string Files = """
        -- input/_site.yml --
        title: Feature Fixture
        description: Every feature of TwitchSite in one small site.
        language: en-GB
        base_url: https://fixture.example
        about_url: /about/
        required_by_layout:
          topic: [last_reviewed, next_review, sources]
        max_review_months: 36
        content_checks:
          layouts: [topic]
          max_grade: 8
          max_smog: 10
          max_sentence_words: 25
          max_description_length: 160
          review_dates: true
        feed:
          layouts: [topic]
        structured_data:
          layouts: [topic]
          type: MedicalWebPage
          audience: { property: medicalAudience, type: MedicalAudience, audience_type: Patient }
          about:
            data: condition
            type: MedicalSignOrSymptom
            lists:
              causes: { property: cause, type: MedicalCause }
              treatments: { property: possibleTreatment, type: MedicalTherapy }
        -- input/_data/glossary.yml --
        - term: Fasciculation
          definition: A small, local muscle twitch you can see or feel.
          aliases: [muscle twitch]
        - term: Cramp
          definition: A sudden, painful tightening of a muscle.
        -- input/_data/condition.yml --
        name: Muscle twitching
        alternate_names: [Fasciculation]
        causes:
          - name: Caffeine
            page: guide/first-steps.md
        treatments:
          - name: Rest and sleep
            page: guide/Second Page.md
          - name: A treatment without a page
        -- input/index.md --
        ---
        title: Feature home
        description: The home page of the feature fixture.
        layout: home
        order: 0
        nav_title: Home
        ---
        Twitches are **common** and usually harmless. Start with the [guide](guide/index.md)
        or read [when to get help](guide/first-steps.md#when-to-get-help).
        -- input/guide/_directory.yml --
        layout: topic
        last_reviewed: 2026-11-01
        next_review: 2027-11-01
        sources:
          - title: Folder-wide source
            url: https://example.org/source
            accessed: 2026-11-01
        -- input/guide/index.md --
        ---
        title: Guide
        description: A section with topic pages.
        layout: section
        order: 1
        ---
        This section holds the guide's pages.
        -- input/guide/first-steps.md --
        ---
        title: First steps
        description: A topic page with every markdown feature.
        order: 1
        keywords: [twitch, twiching]
        reviewed_by: Dr Example Reviewer
        sources:
          - id: nhs-twitching
            title: NHS - Twitching eyes and muscles
            url: https://www.nhs.uk/conditions/twitching-eyes-and-muscles/
            accessed: 2026-11-01
          - id: medlineplus
            title: MedlinePlus - Muscle twitching
            url: https://medlineplus.gov/ency/article/003296.htm
        ---
        ## Overview

        A twitch is a *small* movement.[@medlineplus][^1] See the [second page](Second%20Page.md#details)
        and the [guide](./index.md). Back to [the top](#overview).

        ### A table

        | Cause | Remedy |
        |:------|-------:|
        | Caffeine | Cut down |
        | Tiredness | Sleep |

        ### Terms

        Fasciculation
        :   A muscle twitch.

        ## When to get help

        > [!WARNING]
        > See a doctor if:
        > - the twitch lasts more than 2 weeks
        > - the muscle feels weak

        > [!NOTE]
        > Most twitches stop by themselves.[@nhs-twitching; @medlineplus]

        ![A diagram of a nerve](../images/diagram.svg)

        [^1]: Based on the NHS page.
        -- input/guide/Second Page.md --
        ---
        title: Second page
        description: A file name with a space and capitals.
        order: 2
        redirect_from: [/old-second/, /guide/second.html]
        ---
        ## Details

        Go back to [first steps](first-steps.md).
        -- input/notes/readme.md --
        # Plain notes

        A page with no front matter: its title comes from this heading. See [home](../index.md).
        -- input/glossary.md --
        ---
        title: Glossary
        description: Words used on this site.
        layout: glossary
        order: 8
        ---
        Plain explanations of the words we use.
        -- input/about.md --
        ---
        title: About
        description: Who publishes the fixture and how it is checked.
        order: 9
        ---
        We check every page against its sources.
        -- input/404.md --
        ---
        title: Page not found
        description: The page you asked for is not here.
        nav_exclude: true
        ---
        Try the [home page](index.md).
        -- input/images/diagram.svg --
        <svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>
        -- input/layouts/404.liquid --
        ---
        layout: base
        ---
        <article class="not-found"><h1>{{ page.title }}</h1>{{ content }}<p>(overridden from input/layouts)</p></article>
        """;
}
