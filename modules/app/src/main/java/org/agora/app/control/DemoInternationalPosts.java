package org.agora.app.control;

import static org.agora.app.control.DemoPost.post;
import static org.agora.app.control.DemoPost.question;
import static org.agora.app.control.DemoPost.reply;

import java.util.List;

/**
 * The international colleagues' posts, in English, on the topics the German offices write about
 * (database migration, project management, travel expenses, remote work, security training), so an
 * English query meets English and German competition alike.
 */
final class DemoInternationalPosts {

  private DemoInternationalPosts() {}

  static final String REMOTE = "Remote Work Circle";

  static final List<DemoPost> POSTS =
      List.of(
          post("priya.raman", "Database migration runbook for the customer database\n\nThe runbook for moving the"
              + " customer database to the new PostgreSQL cluster is in the wiki: replication, cut-over, rollback."
              + " #postgresql #migration"),
          post("priya.raman", "Why our reporting queries slowed down after the database upgrade\n\nThe planner"
              + " statistics were missing after the upgrade. Running ANALYZE on all tables fixed it. #postgresql"),
          question("priya.raman", "Who approves read access to the production database?\n\nI need read-only access"
                  + " for a capacity report. Is there a form?",
              reply("juergen.mueller", "Open a ticket; I grant it once your manager has approved.")),
          post("priya.raman", "Backup and restore drill passed for all databases\n\nEvery production database was"
              + " restored from last night's backup in under an hour."),
          post("james.okafor", "Project management templates for kick-offs and status reports\n\nI put our kick-off"
              + " agenda, RACI chart and weekly status report template in one place. #projectmanagement"),
          post("james.okafor", "How we track project budgets across teams\n\nEach project manager reviews spending"
              + " with controlling once a month; overruns above ten percent go to the steering committee."
              + " #projectmanagement"),
          question("james.okafor", "Which tool do you use for project planning?\n\nJira, a Gantt chart or something"
                  + " else? Looking for experiences from other project leads.",
              reply("oezlem.yilmaz", "Jira plus a one-page roadmap works for us.")),
          post("james.okafor", "Lessons from leading a project across three countries\n\nAgree on one language for"
              + " documents, rotate meeting times, and write decisions down. #projectmanagement"),
          post("sofia.marquez", "Travel expense reports now go through the expenses portal\n\nFrom April, submit"
              + " every travel expense report in the portal with photos of your receipts. #travelpolicy"),
          post("sofia.marquez", "Hotel limits for business trips updated\n\nThe nightly limit is now 120 euros, 150"
              + " in Munich, booked through the travel portal. #travelpolicy"),
          question("liam.walsh", "Are taxi rides on business trips reimbursed?\n\nI took a taxi from the airport"
                  + " after a late flight.",
              reply("sofia.marquez", "Yes, if there was no reasonable alternative; add a short note.")),
          post("sofia.marquez", "Per diem rates for trips abroad\n\nThe per diem allowances for trips abroad follow"
              + " the official country rates; the table is in the finance wiki. #travelpolicy"),
          post("wei.chen", "Remote work policy: up to three days a week\n\nYou can work remotely up to three days a"
              + " week, agreed with your team. Details are on the HR portal. #remotework").in(REMOTE),
          post("wei.chen", "Home office equipment allowance\n\nWe reimburse up to 300 euros once for a chair or desk"
              + " for your home office. #remotework").in(REMOTE),
          post("liam.walsh", "Working from home securely: five habits\n\nLock your screen, use the VPN, keep family"
              + " members off the work laptop, never print customer data, report lost devices at once. #security"
              + " #remotework").in(REMOTE),
          post("james.okafor", "Tips for running meetings with remote and office colleagues\n\nEveryone joins from"
              + " their own laptop, the agenda is shared in advance, and decisions are written into the chat."
              + " #remotework").in(REMOTE),
          post("liam.walsh", "Annual security awareness training is due by June 30\n\nThe mandatory training takes"
                  + " about 45 minutes and is available in English and German on the learning platform. #security"
                  + " #training",
              reply("wei.chen", "Done, and it was shorter than last year's.")),
          post("liam.walsh", "Phishing alert: nobody will ever ask for your password\n\nWe are seeing emails that"
              + " pretend to come from IT and ask for login credentials. Forward them to security@agora.example."
              + " #security"),
          post("liam.walsh", "Results of the May phishing simulation\n\n14 percent clicked the link, down from 22"
              + " percent last year. The security training pays off. #security"),
          post("liam.walsh", "Two-factor authentication becomes mandatory for VPN access\n\nFrom May 15 the VPN only"
              + " accepts sign-ins with a second factor. Set up the authenticator app now. #security"),
          post("wei.chen", "Annual leave requests for next year are due by January 31\n\nPlease submit your vacation"
              + " requests in the HR portal so teams can plan cover. #leave"),
          post("wei.chen", "Onboarding buddy programme for new joiners\n\nEvery new colleague gets a buddy for the"
              + " first three months. Volunteers welcome! #onboarding"),
          post("sofia.marquez", "Learning budget: 1,500 euros per person next year\n\nUse it for courses, conferences"
              + " or books, approved by your manager. #learning"),
          post("priya.raman", "Anonymised data only in test environments\n\nNever copy real customer data into test"
              + " systems; use the anonymised snapshots. #gdpr"),
          post("wei.chen", "Time tracking becomes mandatory from July\n\nFollowing the federal labour court ruling,"
              + " everyone records their working hours in the time tracking app. #timetracking"));
}
