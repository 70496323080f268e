package org.agora.app.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.agora.app.testing.Colleagues;
import org.junit.jupiter.api.Test;

/**
 * Staff surveys in the browser: an admin asks a department a survey of a scale, a choice and a free
 * text; colleagues answer it (one on a German phone), once; the admin reads the results without a
 * name in them, and a colleague outside the department finds no such survey.
 */
class SurveysUiIT extends BrowserTest {

  private static final String DEPARTMENT = "Customer Success";
  private static final String OTHER_DEPARTMENT = "Marketing";

  @Test
  void anAdminAsksADepartmentColleaguesAnswerOnceAndTheResultsNameNobody() {
    Colleagues asked = Colleagues.of(base, DEPARTMENT);
    Colleagues alsoAsked = Colleagues.of(base, OTHER_DEPARTMENT);
    String title = "Team pulse " + System.nanoTime();
    Page admin = loggedIn("admin");
    admin.locator("vaadin-side-nav-item:has-text('Surveys')").click();
    assertThat(admin.locator("h2:has-text('Surveys')")).isVisible();
    admin.locator("vaadin-button:has-text('New survey')").click();
    assertThat(admin).hasURL(Pattern.compile(".*/surveys/new$"));
    admin.locator("vaadin-text-field:has-text('Title') input").fill(title);
    admin.locator("vaadin-text-area:has-text('Introduction') textarea").fill("Five minutes, three questions.");
    admin.locator(".audience-picker vaadin-radio-button:has-text('Departments')").click();
    Locator departments = admin.locator(".audience-picker vaadin-multi-select-combo-box input");
    departments.fill(DEPARTMENT);
    admin.locator("vaadin-multi-select-combo-box-item:has-text('" + DEPARTMENT + "') >> visible=true").click();
    departments.fill(OTHER_DEPARTMENT);
    admin.locator("vaadin-multi-select-combo-box-item:has-text('" + OTHER_DEPARTMENT + "') >> visible=true").click();
    departments.press("Escape"); // closes the list, the department stays chosen
    Locator questions = admin.locator(".question-editor");
    questions.nth(0).locator("vaadin-text-field:has-text('Question') input").fill("How supported do you feel?");
    questions.nth(0).locator("vaadin-text-field:has-text('Label for 1') input").fill("Not at all");
    questions.nth(0).locator("vaadin-text-field:has-text('Label for 5') input").fill("Completely");
    admin.locator("vaadin-button:has-text('Add a question')").click();
    questions.nth(1).locator("vaadin-select").click();
    admin.locator("vaadin-select-item:has-text('Choice') >> visible=true").click();
    questions.nth(1).locator("vaadin-text-field:has-text('Question') input").fill("When do you prefer meetings?");
    questions.nth(1).locator("vaadin-text-area:has-text('Answer options') textarea").fill("Mornings\nAfternoons\nEvenings");
    admin.locator("vaadin-button:has-text('Add a question')").click();
    questions.nth(2).locator("vaadin-select").click();
    admin.locator("vaadin-select-item:has-text('Free text') >> visible=true").click();
    questions.nth(2).locator("vaadin-text-field:has-text('Question') input").fill("What should we change?");
    admin.locator("vaadin-button:text-is('Create survey')").click();
    assertThat(admin).hasURL(Pattern.compile(".*/surveys/\\d+$"));
    assertThat(admin.locator(".survey-page h2")).hasText(title);
    assertThat(admin.locator(".survey-facts")).containsText(Pattern.compile("Asked: .*" + DEPARTMENT));
    assertThat(admin.locator(".survey-facts")).containsText(OTHER_DEPARTMENT);
    long id = Long.parseLong(admin.url().substring(admin.url().lastIndexOf('/') + 1));

    // A colleague finds it waiting in the list, answers it and is thanked; the form is gone for good.
    // Home's column names it too; the list under Surveys leads to it.
    Page first = loggedIn(asked.username(0));
    assertThat(first.locator(".home-aside a:has-text('" + title + "')")).isVisible();
    first.locator("vaadin-side-nav-item:has-text('Surveys')").click();
    first.locator(".surveys-waiting .survey-card a:has-text('" + title + "')").click();
    assertThat(first.locator(".survey-anonymity")).hasText("Your answers are anonymous: nobody can see what you answered.");
    first.locator(".survey-question-1 vaadin-radio-button:has-text('4')").click();
    first.locator(".survey-question-2 vaadin-radio-button:has-text('Afternoons')").click();
    first.locator(".survey-question-3 textarea").fill("More focus time, please");
    first.locator("vaadin-button:text-is('Submit')").click();
    assertThat(first.locator(".survey-status")).containsText("Thank you, your answers were saved.");
    assertThat(first.locator(".survey-form")).hasCount(0);
    first.reload();
    assertThat(first.locator(".survey-status")).hasText("You answered this survey.");
    assertThat(first.locator("vaadin-button:text-is('Submit')")).hasCount(0);
    first.context().close();

    // A German colleague on a phone: the scale's end labels, nothing wider than the phone.
    Page phone = loggedIn(browser.newPhonePage("de-DE"), asked.username(1), "h2:has-text('Startseite')");
    phone.navigate(url("surveys/" + id));
    assertThat(phone.locator(".survey-anonymity")).containsText("Deine Antworten sind anonym");
    phone.locator(".survey-question-1 vaadin-radio-button:has-text('5 – Completely')").click();
    phone.locator(".survey-question-2 vaadin-radio-button:has-text('Afternoons')").click();
    var form = phone.locator(".survey-form").boundingBox();
    assertThat(form.x + form.width).as("the form fits the phone's width").isLessThanOrEqualTo(390);
    assertThat(((Number) phone.evaluate("() => document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
    phone.locator("vaadin-button:text-is('Absenden')").click();
    assertThat(phone.locator(".survey-status")).containsText("Danke, deine Antworten wurden gespeichert.");
    Browser.screenshot(phone, "survey-de-phone");
    phone.context().close();

    // Below five answers the results are not shown.
    admin.navigate(url("surveys/" + id + "/results"));
    assertThat(admin.locator(".survey-results-hidden"))
        .hasText("Results are shown once at least 5 people have answered (2 so far).");
    assertThat(admin.locator("table")).hasCount(0);

    // Eight more over the API: five of each department, so each is shown apart.
    String[] answers = {
        "{\"question\":1,\"scale\":3},{\"question\":2,\"choices\":[1]},{\"question\":3,\"text\":\"Fewer status meetings\"}",
        "{\"question\":1,\"scale\":4},{\"question\":2,\"choices\":[2]}",
        "{\"question\":1,\"scale\":4},{\"question\":2,\"choices\":[3]}"};
    for (int i = 0; i < answers.length; i++) {
      assertThat(asked.as(i + 2).post("api/v1/surveys/" + id + "/responses", "{\"answers\":[" + answers[i] + "]}").status())
          .isEqualTo(201);
    }
    for (int i = 0; i < 5; i++) {
      assertThat(alsoAsked.as(i).post("api/v1/surveys/" + id + "/responses",
          "{\"answers\":[{\"question\":1,\"scale\":4},{\"question\":2,\"choices\":[2]}]}").status()).isEqualTo(201);
    }

    // The admin's list counts them and leads to the results: the scale 3, 5 and 4 eight times; "Afternoons" eight times.
    admin.navigate(url("surveys"));
    Locator mine = admin.locator(".surveys-mine .survey-card").filter(new Locator.FilterOptions().setHasText(title));
    assertThat(mine).containsText("10 people answered");
    mine.locator("a:has-text('Results')").click();
    assertThat(admin).hasURL(Pattern.compile(".*/surveys/" + id + "/results$"));
    assertThat(admin.locator(".survey-response-count")).hasText(Pattern.compile("^10 of \\d+ people answered$"));
    Locator scale = admin.locator(".question-result-1 table.distribution tbody tr");
    assertThat(scale).hasCount(5);
    assertThat(scale.nth(3)).hasText(Pattern.compile("^4\\s*8\\s*80%$"));
    assertThat(scale.nth(4)).hasText(Pattern.compile("^5 – Completely\\s*1\\s*10%$"));
    assertThat(admin.locator(".question-result-1 .question-averages")).hasText("Mean 4 · median 4");
    assertThat(admin.locator(".question-result-2 table.distribution tbody tr").nth(1))
        .hasText(Pattern.compile("^Afternoons\\s*8\\s*80%$"));
    Locator texts = admin.locator(".question-result-3 li");
    assertThat(texts).hasCount(2);
    assertThat(texts.filter(new Locator.FilterOptions().setHasText("More focus time, please"))).hasCount(1);
    assertThat(texts.filter(new Locator.FilterOptions().setHasText("Fewer status meetings"))).hasCount(1);
    Locator byDepartment = admin.locator(".question-result-1 table.by-department tbody tr");
    assertThat(byDepartment).hasCount(2);
    assertThat(byDepartment.filter(new Locator.FilterOptions().setHasText(DEPARTMENT))).hasText(Pattern.compile(".*5\\s*4$"));
    assertThat(byDepartment.filter(new Locator.FilterOptions().setHasText(OTHER_DEPARTMENT))).hasText(Pattern.compile(".*5\\s*4$"));
    Locator main = admin.locator("[role=main]");
    for (int i = 0; i < 5; i++) {
      assertThat(main).not().containsText(asked.json(i).getString("displayName"));
      assertThat(main).not().containsText(alsoAsked.json(i).getString("displayName"));
    }
    String csv = admin.locator("a.survey-csv").getAttribute("href");
    APIResponse file = admin.request().get(url(csv));
    assertThat(file.status()).isEqualTo(200);
    assertThat(file.headers().get("content-type")).startsWith("text/csv");
    Browser.screenshot(admin, "survey-results");
    admin.context().close();

    // Outside the audience the survey does not exist.
    Page outsider = loggedIn(colleague("Finance", 2));
    outsider.navigate(url("surveys/" + id));
    assertThat(outsider.locator("[role=main] h2")).hasText("Survey not found");
    assertThat(outsider.locator("[role=main]")).not().containsText(title);
    outsider.context().close();
  }

  @Test
  void aCommunitysOwnerSurveysItsMembersFromTheCommunityPage() {
    String owner = colleague("Marketing", 3);
    String name = "Survey circle " + System.nanoTime();
    long community = as(owner).post("api/v1/communities", "{\"name\":\"" + name
        + "\",\"description\":\"For the browser test\",\"visibility\":\"PUBLIC\"}").json().getJsonNumber("id").longValue();
    Page page = loggedIn(owner);
    page.navigate(url("communities/" + community));
    page.locator("vaadin-button:has-text('Survey the members')").click();
    assertThat(page).hasURL(Pattern.compile(".*/surveys/new\\?community=" + community + "$"));
    assertThat(page.locator(".audience-picker vaadin-radio-button[checked]")).hasText("The members of a community");
    String title = "Offsite ideas " + System.nanoTime();
    page.locator("vaadin-text-field:has-text('Title') input").fill(title);
    page.locator(".question-editor").nth(0).locator("vaadin-text-field:has-text('Question') input").fill("How useful was the offsite?");
    page.locator("vaadin-button:text-is('Create survey')").click();
    assertThat(page.locator(".survey-page h2")).hasText(title);
    assertThat(page.locator(".survey-facts")).containsText("Asked: the members of " + name);

    // Someone who does not own the community is not offered it.
    Page member = loggedIn(colleague("Marketing", 4));
    member.navigate(url("communities/" + community));
    assertThat(member.locator("[role=main] h2").first()).hasText(name);
    assertThat(member.locator("vaadin-button:has-text('Survey the members')")).hasCount(0);
    page.context().close();
    member.context().close();
  }
}
