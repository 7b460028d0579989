<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>

<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>

<%@ taglib uri="http://liferay.com/tld/clay" prefix="clay" %><%@
taglib uri="http://liferay.com/tld/theme" prefix="liferay-theme" %><%@
taglib uri="http://liferay.com/tld/ui" prefix="liferay-ui" %>

<%@ page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.servlet.SessionErrors" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %><%@
page import="com.liferay.portal.kernel.util.Validator" %><%@
page import="com.liferay.portal.kernel.workflow.WorkflowConstants" %>

<%@ page import="java.util.List" %><%@
page import="java.util.Map" %>

<%@ page import="se.livsviktig.training.catalog.CatalogEntry" %><%@
page import="se.livsviktig.training.exception.NoSuchCourseSessionException" %><%@
page import="se.livsviktig.training.exception.NoSuchTrainingMethodException" %><%@
page import="se.livsviktig.training.model.Course" %><%@
page import="se.livsviktig.training.model.CourseSession" %><%@
page import="se.livsviktig.training.model.SessionDate" %><%@
page import="se.livsviktig.training.model.TrainingMethod" %><%@
page import="se.livsviktig.training.web.internal.constants.TrainingWebKeys" %><%@
page import="se.livsviktig.training.web.internal.display.context.AdminCourseSessionsDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.AdminCoursesDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.AdminTrainingMethodsDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.BaseAdminListDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.CourseSessionDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.EditCourseDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.EditCourseSessionDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.EditTrainingMethodDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.ErrorPageBackLink" %><%@
page import="se.livsviktig.training.web.internal.display.context.FormError" %><%@
page import="se.livsviktig.training.web.internal.display.context.LocalizedInput" %><%@
page import="se.livsviktig.training.web.internal.display.context.MyCourseInterest" %><%@
page import="se.livsviktig.training.web.internal.display.context.MyRegistration" %><%@
page import="se.livsviktig.training.web.internal.display.context.MyTrainingDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.OrganizationOption" %><%@
page import="se.livsviktig.training.web.internal.display.context.Pagination" %><%@
page import="se.livsviktig.training.web.internal.display.context.SelectOption" %><%@
page import="se.livsviktig.training.web.internal.display.context.SessionCatalogDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.TrainingMethodsDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.UnscheduledCoursesDisplayContext" %><%@
page import="se.livsviktig.training.web.internal.display.context.VerifyCertificateDisplayContext" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
