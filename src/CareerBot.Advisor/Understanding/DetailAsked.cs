namespace CareerBot.Advisor.Understanding;

/// <summary>
/// The kind of detail a question asks for (« c'est où ? », "how many users does it have?"), which decides what sentence
/// of the articles can answer it.
/// </summary>
internal enum DetailAsked
{
    None,

    /// <summary>How long (« c'est long ? »): a length of time answers.</summary>
    Duration,

    /// <summary>How many or how much: a figure answers.</summary>
    Number,

    /// <summary>When: a date answers.</summary>
    Time,

    /// <summary>Where: a place answers.</summary>
    Place,

    /// <summary>Who (« qui en porte la responsabilité ? »): a person, or the sentence that says who.</summary>
    Person,

    /// <summary>Which one, of something just spoken of ("which company posted it?", « dans quel journal ? »): a proper name answers.</summary>
    Name,
}
