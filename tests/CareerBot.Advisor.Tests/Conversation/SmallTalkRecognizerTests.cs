using System.Diagnostics;
using CareerBot.Advisor.Conversation;

namespace CareerBot.Advisor.Tests.Conversation;

/// <summary>The small-talk recognizer alone: what it takes for small talk, what it leaves to the answers and the commands.</summary>
public sealed class SmallTalkRecognizerTests
{
    private static SmallTalkRecognizer Recognizer => SmallTalkRecognizer.Default;

    [Theory]
    // Greetings: accents, caps, stretched letters, a typo, SMS, emoji, fillers.
    [InlineData("Bonjour", SmallTalkIntent.Greeting)]
    [InlineData("tu peux m'aider sur quoi ?", SmallTalkIntent.Capabilities)]
    [InlineData("je comprends rien à ce que tu dis", SmallTalkIntent.Frustration)]
    [InlineData("I don't get it", SmallTalkIntent.Frustration)]
    [InlineData("mdr ok", SmallTalkIntent.Acknowledgement)]
    [InlineData("lol ok thanks", SmallTalkIntent.Thanks)]
    [InlineData("BONJOUR !!!", SmallTalkIntent.Greeting)]
    [InlineData("bonjouuur", SmallTalkIntent.Greeting)]
    [InlineData("bonjoru", SmallTalkIntent.Greeting)]
    [InlineData("bjr", SmallTalkIntent.Greeting)]
    [InlineData("slt", SmallTalkIntent.Greeting)]
    [InlineData("cc", SmallTalkIntent.Greeting)]
    [InlineData("re", SmallTalkIntent.Greeting)]
    [InlineData("Coucou 😊", SmallTalkIntent.Greeting)]
    [InlineData("salut, ça va ?", SmallTalkIntent.Greeting)]
    [InlineData("Salut toi", SmallTalkIntent.Greeting)]
    [InlineData("bonsoir à tous", SmallTalkIntent.Greeting)]
    [InlineData("Hello there", SmallTalkIntent.Greeting)]
    [InlineData("hi!", SmallTalkIntent.Greeting)]
    [InlineData("Heyyy", SmallTalkIntent.Greeting)]
    [InlineData("good morning", SmallTalkIntent.Greeting)]
    [InlineData("how are you?", SmallTalkIntent.Greeting)]
    [InlineData("👋", SmallTalkIntent.Greeting)]
    [InlineData("comment ça va ? et toi", SmallTalkIntent.Greeting)]
    // Thanks, alone or with a greeting or an acknowledgement.
    [InlineData("merci !", SmallTalkIntent.Thanks)]
    [InlineData("Merci beaucoup", SmallTalkIntent.Thanks)]
    [InlineData("merciiii", SmallTalkIntent.Thanks)]
    [InlineData("mecri", SmallTalkIntent.Thanks)]
    [InlineData("MERCI BCP", SmallTalkIntent.Thanks)]
    [InlineData("mrc", SmallTalkIntent.Thanks)]
    [InlineData("merci bien 🙏", SmallTalkIntent.Thanks)]
    [InlineData("merci à toi", SmallTalkIntent.Thanks)]
    [InlineData("ok merci beaucoup !", SmallTalkIntent.Thanks)]
    [InlineData("bonjour merci", SmallTalkIntent.Thanks)]
    [InlineData("super, merci pour la réponse", SmallTalkIntent.Thanks)]
    [InlineData("thanks!", SmallTalkIntent.Thanks)]
    [InlineData("Thank you so much", SmallTalkIntent.Thanks)]
    [InlineData("thx", SmallTalkIntent.Thanks)]
    [InlineData("ty", SmallTalkIntent.Thanks)]
    [InlineData("thanls", SmallTalkIntent.Thanks)]
    [InlineData("🙏", SmallTalkIntent.Thanks)]
    // Goodbyes.
    [InlineData("au revoir", SmallTalkIntent.Goodbye)]
    [InlineData("Aurevoir !", SmallTalkIntent.Goodbye)]
    [InlineData("merci, bonne journée", SmallTalkIntent.Goodbye)]
    [InlineData("à bientôt", SmallTalkIntent.Goodbye)]
    [InlineData("bye", SmallTalkIntent.Goodbye)]
    [InlineData("ok bye bye", SmallTalkIntent.Goodbye)]
    [InlineData("see you later", SmallTalkIntent.Goodbye)]
    [InlineData("thanks, goodbye", SmallTalkIntent.Goodbye)]
    // Identity.
    [InlineData("Qui es-tu ?", SmallTalkIntent.Identity)]
    [InlineData("t'es qui", SmallTalkIntent.Identity)]
    [InlineData("t ki toi ?", SmallTalkIntent.Identity)]
    [InlineData("T’es qui toi ?", SmallTalkIntent.Identity)]
    [InlineData("es-tu un robot ?", SmallTalkIntent.Identity)]
    [InlineData("bonjour, qui êtes-vous ?", SmallTalkIntent.Identity)]
    [InlineData("comment tu t'appelles", SmallTalkIntent.Identity)]
    [InlineData("who are you?", SmallTalkIntent.Identity)]
    [InlineData("What are you", SmallTalkIntent.Identity)]
    [InlineData("are you a bot?", SmallTalkIntent.Identity)]
    // Capabilities (alone, « que sais-tu faire » and « what can you do » are the help command: see the chat tests).
    [InlineData("tu peux m'aider ?", SmallTalkIntent.Capabilities)]
    [InlineData("Bonjour, que sais-tu faire ?", SmallTalkIntent.Capabilities)]
    [InlineData("tu sers à quoi ?", SmallTalkIntent.Capabilities)]
    [InlineData("how can you help?", SmallTalkIntent.Capabilities)]
    [InlineData("hi, what can you do?", SmallTalkIntent.Capabilities)]
    [InlineData("can you help me please", SmallTalkIntent.Capabilities)]
    // Acknowledgements.
    [InlineData("ok", SmallTalkIntent.Acknowledgement)]
    [InlineData("OK", SmallTalkIntent.Acknowledgement)]
    [InlineData("okkk", SmallTalkIntent.Acknowledgement)]
    [InlineData("d'accord", SmallTalkIntent.Acknowledgement)]
    [InlineData("dac", SmallTalkIntent.Acknowledgement)]
    [InlineData("Super !", SmallTalkIntent.Acknowledgement)]
    [InlineData("parfait", SmallTalkIntent.Acknowledgement)]
    [InlineData("génial", SmallTalkIntent.Acknowledgement)]
    [InlineData("GENIAL", SmallTalkIntent.Acknowledgement)]
    [InlineData("cool", SmallTalkIntent.Acknowledgement)]
    [InlineData("top", SmallTalkIntent.Acknowledgement)]
    [InlineData("ça marche", SmallTalkIntent.Acknowledgement)]
    [InlineData("ca marche 👍", SmallTalkIntent.Acknowledgement)]
    [InlineData("ah ok d'accord", SmallTalkIntent.Acknowledgement)]
    [InlineData("très bien", SmallTalkIntent.Acknowledgement)]
    [InlineData("great", SmallTalkIntent.Acknowledgement)]
    [InlineData("got it", SmallTalkIntent.Acknowledgement)]
    [InlineData("nice!", SmallTalkIntent.Acknowledgement)]
    [InlineData("👌", SmallTalkIntent.Acknowledgement)]
    // Frustration and insults.
    [InlineData("nul", SmallTalkIntent.Frustration)]
    [InlineData("t'es nul", SmallTalkIntent.Frustration)]
    [InlineData("T ES NUUUL", SmallTalkIntent.Frustration)]
    [InlineData("ça sert à rien", SmallTalkIntent.Frustration)]
    [InlineData("n'importe quoi !", SmallTalkIntent.Frustration)]
    [InlineData("ok t'es vraiment nul", SmallTalkIntent.Frustration)]
    [InlineData("merde", SmallTalkIntent.Frustration)]
    [InlineData("stupid", SmallTalkIntent.Frustration)]
    [InlineData("useless", SmallTalkIntent.Frustration)]
    [InlineData("you suck", SmallTalkIntent.Frustration)]
    [InlineData("you're useless", SmallTalkIntent.Frustration)]
    [InlineData("stupdi bot", SmallTalkIntent.Frustration)]
    // Saying an answer helped, an apology for earlier, and fillers that add nothing.
    [InlineData("thanks, very helpful", SmallTalkIntent.Thanks)]
    [InlineData("c'est très clair", SmallTalkIntent.Acknowledgement)]
    [InlineData("super utile", SmallTalkIntent.Acknowledgement)]
    [InlineData("désolé pour tout à l'heure", SmallTalkIntent.Acknowledgement)]
    [InlineData("tu sers a quoi exactement ?", SmallTalkIntent.Capabilities)]
    [InlineData("franchement merci", SmallTalkIntent.Thanks)]
    [InlineData("are you chatgpt?", SmallTalkIntent.Identity)]
    [InlineData("thanks for your time", SmallTalkIntent.Thanks)]
    [InlineData("je ne sais pas quoi demander", SmallTalkIntent.Capabilities)]
    [InlineData("bisous", SmallTalkIntent.Goodbye)]
    [InlineData("merci, c'est tout pour moi", SmallTalkIntent.Goodbye)]
    [InlineData("wow impressive", SmallTalkIntent.Acknowledgement)]
    // Emoji alone that say no intent of their own: a reaction (👍 and 👎 never get here: they are commands).
    [InlineData("😊", SmallTalkIntent.Acknowledgement)]
    [InlineData("😂😂", SmallTalkIntent.Acknowledgement)]
    [InlineData("🔥 🔥 !", SmallTalkIntent.Acknowledgement)]
    public void Recognises_small_talk(string text, SmallTalkIntent expected) =>
        Assert.Equal(expected, Recognizer.Recognize(text));

    [Theory]
    // Questions, even when they start (or end) with small talk: the whole message must be small talk.
    [InlineData("bonjour, combien gagne un prompt engineer ?")]
    [InlineData("Bonjour, quelles formations faut-il ?")]
    [InlineData("ok mais combien on gagne ?")]
    [InlineData("merci, et en France ?")]
    // A word typed as it is spelt is that word, not a small-talk word with a letter dropped (« cheer »).
    [InlineData("c'est cher ?")]
    [InlineData("salut, c'est quoi un prompt engineer ?")]
    [InlineData("Hello, how much does a prompt engineer earn?")]
    [InlineData("thanks, and what about skills?")]
    [InlineData("tu peux m'aider à trouver une formation ?")]
    [InlineData("qui recrute des prompt engineers ?")]
    [InlineData("c'est quoi le salaire ?")]
    [InlineData("comment ça marche ?")]
    [InlineData("ok where?")]
    [InlineData("super intéressant, et les compétences ?")]
    [InlineData("nul en maths, je peux devenir prompt engineer ?")]
    [InlineData("Quel est le salaire d'un prompt engineer junior ?")]
    [InlineData("merci 1000 fois")]
    [InlineData("utile pour un junior ?")]
    [InlineData("exactement combien ?")]
    [InlineData("et toi")]
    [InlineData("beaucoup")]
    [InlineData("toi")]
    [InlineData("bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour bonjour")]
    // Commands and symbols that are no small talk.
    [InlineData("menu")]
    [InlineData("aide")]
    [InlineData("annuler")]
    [InlineData("visite guidée")]
    [InlineData("?")]
    [InlineData("!!!")]
    [InlineData("")]
    [InlineData(null)]
    public void Leaves_questions_commands_and_lone_fillers_alone(string? text) =>
        Assert.Null(Recognizer.Recognize(text));

    [Theory]
    [InlineData("stylé merci", SmallTalkIntent.Thanks)]
    [InlineData("logique, merci", SmallTalkIntent.Thanks)]
    [InlineData("ahah énorme 😂", SmallTalkIntent.Acknowledgement)]
    [InlineData("you're kinda useless tbh", SmallTalkIntent.Frustration)]
    public void Recognises_small_talk_among_words_it_does_not_know(string text, SmallTalkIntent expected) =>
        Assert.Equal(expected, Recognizer.RecognizeAmong(text));

    [Theory]
    // Longer messages say something else; a message with no word of small talk is not small talk.
    [InlineData("merci mais je voudrais savoir le salaire moyen")]
    [InlineData("quel temps fait-il")]
    [InlineData(null)]
    public void Leaves_alone_long_messages_and_those_without_small_talk(string? text) =>
        Assert.Null(Recognizer.RecognizeAmong(text));

    [Theory]
    [InlineData("Merci, c'était passionnant", SmallTalkIntent.Thanks)]
    [InlineData("thanks, that's wild", SmallTalkIntent.Thanks)]
    // A question, one that goes on, and one whose first clause is no thanks are not thanks alone.
    [InlineData("merci, c'est quoi le salaire ?", null)]
    [InlineData("merci, et le salaire", null)]
    [InlineData("merci, combien gagne un junior", null)]
    [InlineData("salaire prompt enginer a paris", null)]
    public void Thanks_alone_opens_the_message_and_asks_nothing(string text, SmallTalkIntent? expected) =>
        Assert.Equal(expected, Recognizer.ThanksAlone(text));

    [Fact]
    public void Every_phrase_of_the_file_alone_says_its_intent_and_no_filler_says_one()
    {
        foreach (var (listed, text) in Recognizer.Phrases)
        {
            // A filler that is also a phrase (« bien ») says that phrase's intent alone.
            var intent = listed ?? Recognizer.Phrases.FirstOrDefault(p => p.Intent is not null && p.Text == text).Intent;
            Assert.True(Recognizer.Recognize(text) == intent, $"« {text} » is {Recognizer.Recognize(text)?.ToString() ?? "not small talk"}, not {intent?.ToString() ?? "a filler"}.");
        }
    }

    [Fact]
    public void Every_intent_has_phrases_in_french_and_english()
    {
        foreach (var intent in Enum.GetValues<SmallTalkIntent>())
        {
            Assert.True(Recognizer.Phrases.Count(p => p.Intent == intent) >= 10, $"{intent} has few phrases.");
        }
    }

    [Fact]
    public void A_message_takes_microseconds()
    {
        string[] messages = ["bonjour", "ok merci beaucoup !", "bonjour, combien gagne un prompt engineer ?", "stupdi bot", "Thank you so much"];
        Recognizer.Recognize("warm up");
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 2000; i++)
        {
            Recognizer.Recognize(messages[i % messages.Length]);
        }

        // Generous for a loaded CI machine: about 10 µs per message on a laptop.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), $"2000 messages took {clock.Elapsed}.");
    }
}
