package se.livsviktig.survey.internal.invitation;

import com.liferay.portal.kernel.util.HtmlUtil;

/**
 * The HTML of a survey invitation or reminder: a complete, accessible document (language, title, one heading, the
 * answer link as a clearly named link, the opt-out link with its explanation) with every value escaped, so a survey
 * title or a name with markup in it stays text and a link cannot break out of its attribute. Inline styles only,
 * because mail clients drop style sheets.
 *
 * @author Livsviktig
 */
public class InvitationMailRenderer {

	public String render(InvitationMail invitationMail) {
		StringBuilder sb = new StringBuilder(2048);

		sb.append("<!DOCTYPE html>\n<html lang=\"");
		sb.append(
			HtmlUtil.escapeAttribute(
				invitationMail.getLocale(
				).toLanguageTag()));
		sb.append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
		sb.append(HtmlUtil.escape(invitationMail.getSubject()));
		sb.append("</title>\n</head>\n");
		sb.append("<body style=\"margin:0;padding:24px;background:#ffffff;");
		sb.append("color:#272833;font-family:Arial,sans-serif;font-size:16px;");
		sb.append("line-height:1.5\">\n<main>\n<h1 style=\"font-size:22px;");
		sb.append("margin:0 0 16px\">");
		sb.append(HtmlUtil.escape(invitationMail.getSubject()));
		sb.append("</h1>\n");

		for (String paragraph : invitationMail.getParagraphs()) {
			sb.append("<p>");
			sb.append(HtmlUtil.escape(paragraph));
			sb.append("</p>\n");
		}

		if (invitationMail.getAnswerURL() != null) {
			sb.append("<p><a href=\"");
			sb.append(HtmlUtil.escapeHREF(invitationMail.getAnswerURL()));
			sb.append("\" style=\"display:inline-block;padding:10px 16px;");
			sb.append("background:#0b5fff;color:#ffffff;border-radius:4px;");
			sb.append("text-decoration:none;font-weight:bold\">");
			sb.append(HtmlUtil.escape(invitationMail.getAnswerLabel()));
			sb.append("</a></p>\n<p style=\"font-size:14px\">");
			sb.append(HtmlUtil.escape(invitationMail.getOptOutNote()));
			sb.append(" <a href=\"");
			sb.append(HtmlUtil.escapeHREF(invitationMail.getOptOutURL()));
			sb.append("\" style=\"color:#0b5fff\">");
			sb.append(HtmlUtil.escape(invitationMail.getOptOutLabel()));
			sb.append("</a></p>\n");
		}

		sb.append("<p style=\"color:#54555f;font-size:14px\">");
		sb.append(HtmlUtil.escape(invitationMail.getSignature()));
		sb.append("</p>\n</main>\n</body>\n</html>\n");

		return sb.toString();
	}

}
