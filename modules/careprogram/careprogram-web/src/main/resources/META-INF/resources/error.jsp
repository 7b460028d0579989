<%@ include file="/init.jsp" %>

<clay:container-fluid>
	<h2 class="sr-only"><liferay-ui:message key="error" /></h2>

	<c:choose>
		<c:when test="<%= SessionErrors.contains(renderRequest, PrincipalException.getNestedClasses()) %>">
			<clay:alert displayType="danger">
				<liferay-ui:message key="you-do-not-have-permission-to-do-this" />
			</clay:alert>
		</c:when>
		<c:when test="<%= !SessionErrors.isEmpty(renderRequest) %>">
			<clay:alert displayType="danger">
				<liferay-ui:message key="the-programme-or-routine-could-not-be-found" />
			</clay:alert>
		</c:when>
		<c:otherwise>
			<clay:alert displayType="danger">
				<liferay-ui:message key="something-went-wrong-try-again" />
			</clay:alert>
		</c:otherwise>
	</c:choose>

	<portlet:renderURL var="backURL" />

	<a class="btn btn-secondary" href="<%= HtmlUtil.escapeHREF(backURL) %>"><liferay-ui:message key="back" /></a>
</clay:container-fluid>
