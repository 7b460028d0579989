<%@ taglib uri="http://java.sun.com/jsp/jstl/core" prefix="c" %>

<%@ taglib uri="http://java.sun.com/portlet_2_0" prefix="portlet" %>

<%@ taglib uri="http://liferay.com/tld/clay" prefix="clay" %><%@
taglib uri="http://liferay.com/tld/theme" prefix="liferay-theme" %><%@
taglib uri="http://liferay.com/tld/ui" prefix="liferay-ui" %>

<%@ page import="com.liferay.portal.kernel.language.LanguageUtil" %><%@
page import="com.liferay.portal.kernel.security.auth.PrincipalException" %><%@
page import="com.liferay.portal.kernel.servlet.SessionErrors" %><%@
page import="com.liferay.portal.kernel.util.HtmlUtil" %><%@
page import="com.liferay.portal.kernel.util.Validator" %>

<%@ page import="java.util.List" %><%@
page import="java.util.Map" %>

<%@ page import="se.livsviktig.careprogram.web.internal.badge.ReviewBadge" %><%@
page import="se.livsviktig.careprogram.web.internal.constants.CareProgramWebKeys" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.AdminCareProgramRow" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.AdminCareProgramsDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.CareProgramFormDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.CareProgramListDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.CareProgramPageDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.CareProgramRow" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.DeleteConfirmation" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.PeopleSearch" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.PersonOption" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.PersonPickerDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.FieldError" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.HealthRow" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.LocalRoutineFormDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.LocalRoutineRow" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.LocalRoutinesDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.MyReviewsDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.Option" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.PageLink" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.RelatedMethod" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.ReviewLogDisplayContext" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.ReviewLogRow" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.ReviewTaskRow" %><%@
page import="se.livsviktig.careprogram.web.internal.display.context.SessionRow" %>

<liferay-theme:defineObjects />

<portlet:defineObjects />
