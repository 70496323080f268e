package org.agora.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.MessagePattern.ArgType;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.agora.activity.entity.NotificationType;
import org.junit.jupiter.api.Test;

/** The texts: complete in English and German, the same placeholders in each, every one a valid ICU message. */
class IcuTranslationsTest {

  private static final Map<String, Properties> BUNDLES = Map.of(
      "default", bundle("translations.properties"),
      "en", bundle("translations_en.properties"),
      "de", bundle("translations_de.properties"));

  private final IcuTranslations translations = new IcuTranslations();

  @Test
  void everyTextExistsInEveryLanguage() {
    Set<String> english = keys("en");

    assertThat(keys("de")).as("German").containsExactlyInAnyOrderElementsOf(english);
    assertThat(keys("default")).as("the default bundle").containsExactlyInAnyOrderElementsOf(english);
  }

  /**
   * What a text shows of its arguments is the same in every language; a language may use a count
   * only to choose its words (German verbs agree with how many people did something).
   */
  @Test
  void everyTextIsAnIcuMessageShowingWhatTheEnglishOneShows() {
    List<String> problems = new ArrayList<>();
    for (String key : keys("en")) {
      Map<String, ArgType> english = arguments("en", key, problems);
      for (String language : List.of("de", "default")) {
        Map<String, ArgType> other = arguments(language, key, problems);
        if (english != null && other != null && !shown(english).equals(shown(other))) {
          problems.add(language + " " + key + ": placeholders " + other + ", English " + english);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void textsReadAsWrittenWithoutQuotesOrBracesLeftOver() {
    List<String> problems = new ArrayList<>();
    for (String language : List.of("en", "de")) {
      for (String key : keys(language)) {
        String pattern = BUNDLES.get(language).getProperty(key);
        int highest = new MessageFormat(pattern, Locale.forLanguageTag(language)).getArgumentNames().stream()
            .mapToInt(Integer::parseInt).max().orElse(-1);
        Object[] numbers = IntStream.rangeClosed(0, highest).mapToObj(i -> 3).toArray();
        String shown = translations.getTranslation(key, Locale.forLanguageTag(language), numbers);
        if (shown.contains("''") || shown.contains("{") || shown.contains("}")) {
          problems.add(language + " " + key + ": " + shown);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void pluralsFollowEachLanguagesRules() {
    assertThat(translations.getTranslation("feed.counts", Locale.ENGLISH, 1, 2, 0))
        .isEqualTo("1 reaction · 2 comments · 0 shares");
    assertThat(translations.getTranslation("feed.counts", Locale.GERMAN, 1, 2, 0))
        .isEqualTo("1 Reaktion · 2 Kommentare · 0-mal geteilt");
    assertThat(translations.getTranslation("bell.andOthers", Locale.GERMAN, "Anna", 1))
        .isEqualTo("Anna und eine weitere Person");
    assertThat(translations.getTranslation("bookmark.alsoSaved", Locale.ENGLISH, 0))
        .isEqualTo("Nobody else saved this link yet");
    assertThat(translations.getTranslation("home.newPosts", Locale.GERMAN, 1_234))
        .isEqualTo("1.234 neue Beiträge");
  }

  @Test
  void everyNotificationTypeHasItsLine() {
    for (String language : List.of("en", "de")) {
      assertThat(keys(language)).as(language).containsAll(Arrays.stream(NotificationType.values())
          .map(type -> "bell.type." + type.name().toLowerCase(Locale.ROOT)).toList());
    }
  }

  @Test
  void aTextWithoutArgumentsIsShownAsWritten() {
    assertThat(translations.getTranslation("bookmarks.noneMine", Locale.ENGLISH)).contains("browser's");
    assertThat(translations.getTranslation("bookmarks.noneMineTagged", Locale.ENGLISH, "#java")).contains("browser's");
  }

  @Test
  void otherLanguagesGetTheDefaultTextsAndAMissingKeyShows() {
    assertThat(translations.getTranslation("nav.home", Locale.forLanguageTag("de-AT"))).isEqualTo(BUNDLES.get("de").getProperty("nav.home"));
    assertThat(translations.getTranslation("nav.home", Locale.FRENCH)).isEqualTo("Home");
    assertThat(translations.getTranslation("nav.home", null)).isEqualTo("Home");
    assertThat(translations.getTranslation("nav.nowhere", Locale.ENGLISH)).isEqualTo("!{nav.nowhere}!");
  }

  private static Set<String> keys(String language) {
    return new TreeSet<>(BUNDLES.get(language).stringPropertyNames());
  }

  /** The pattern's arguments and their kinds, or null (and a problem noted) when it is missing or no ICU message. */
  private static Map<String, ArgType> arguments(String language, String key, List<String> problems) {
    String pattern = BUNDLES.get(language).getProperty(key);
    if (pattern == null) {
      problems.add(language + " " + key + ": missing");
      return null;
    }
    try {
      MessagePattern parsed = new MessagePattern(pattern);
      Map<String, ArgType> arguments = new TreeMap<>();
      for (int i = 0; i < parsed.countParts(); i++) {
        MessagePattern.Part part = parsed.getPart(i);
        if (part.getType() == MessagePattern.Part.Type.ARG_START) {
          arguments.merge(parsed.getSubstring(parsed.getPart(i + 1)), part.getArgType(), (a, b) -> a == ArgType.PLURAL ? b : a);
        }
      }
      return arguments;
    } catch (IllegalArgumentException e) {
      problems.add(language + " " + key + ": " + e.getMessage());
      return null;
    }
  }

  /** The arguments shown as text, not only used to choose words. */
  private static Set<String> shown(Map<String, ArgType> arguments) {
    return arguments.entrySet().stream()
        .filter(argument -> argument.getValue() != ArgType.PLURAL)
        .map(Map.Entry::getKey)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Properties bundle(String file) {
    Properties texts = new Properties();
    try (Reader reader = new InputStreamReader(
        IcuTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file), StandardCharsets.UTF_8)) {
      texts.load(reader);
    } catch (IOException e) {
      throw new IllegalStateException(file, e);
    }
    return texts;
  }
}
