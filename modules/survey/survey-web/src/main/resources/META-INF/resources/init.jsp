<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>

<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>

<%@ taglib uri="http://liferay.com/tld/clay" prefix="clay" %><%@
taglib uri="http://liferay.com/tld/theme" prefix="liferay-theme" %><%@
taglib uri="http://liferay.com/tld/ui" prefix="liferay-ui" %>

<%@ page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.servlet.SessionErrors" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %><%@
page import="com.liferay.portal.kernel.util.ParamUtil" %><%@
page import="com.liferay.portal.kernel.util.Validator" %>

<%@ page import="java.util.List" %><%@
page import="java.util.Locale" %><%@
page import="java.util.Map" %>

<%@ page import="se.livsviktig.survey.web.internal.admin.LocalizedInput" %><%@
page import="se.livsviktig.survey.web.internal.constants.SurveyWebKeys" %><%@
page import="se.livsviktig.survey.web.internal.display.context.AnswerFormDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.display.context.Choice" %><%@
page import="se.livsviktig.survey.web.internal.display.context.ConfirmDeleteDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.display.context.DispatchRow" %><%@
page import="se.livsviktig.survey.web.internal.display.context.FieldError" %><%@
page import="se.livsviktig.survey.web.internal.display.context.MySurveyRow" %><%@
page import="se.livsviktig.survey.web.internal.display.context.MySurveysDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.display.context.Option" %><%@
page import="se.livsviktig.survey.web.internal.display.context.QuestionCard" %><%@
page import="se.livsviktig.survey.web.internal.display.context.QuestionView" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SessionOption" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SurveyDispatchFormDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SurveyDispatchesDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SurveyFormDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SurveyListPages" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SurveyQuestionFormDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SurveyQuestionsDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SurveyRow" %><%@
page import="se.livsviktig.survey.web.internal.display.context.SurveysDisplayContext" %><%@
page import="se.livsviktig.platform.web.GetFormTarget" %><%@
page import="se.livsviktig.survey.web.internal.results.SurveyResultsDisplayContext" %><%@
page import="se.livsviktig.survey.web.internal.results.FreeTextView" %><%@
page import="se.livsviktig.survey.web.internal.instructor.TaughtSessionSurveys" %><%@
page import="se.livsviktig.survey.web.internal.instructor.TaughtSessionsPage" %><%@
page import="se.livsviktig.survey.web.internal.results.FilterOption" %><%@
page import="se.livsviktig.survey.web.internal.results.ResultsFilter" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
