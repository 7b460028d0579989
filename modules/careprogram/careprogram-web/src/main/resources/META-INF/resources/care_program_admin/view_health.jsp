<%@ include file="/init.jsp" %>

<%
List<HealthRow> healthRows = (List<HealthRow>)request.getAttribute(CareProgramWebKeys.HEALTH_DISPLAY_CONTEXT);

String currentTab = "health";
%>

<clay:container-fluid cssClass="livsviktig-careprogram-admin">
	<%@ include file="/care_program_admin/admin_navigation.jspf" %>

	<h2><liferay-ui:message key="health-per-administration" /></h2>

	<p class="text-secondary"><liferay-ui:message key="health-per-administration-help" /></p>

	<c:choose>
		<c:when test="<%= healthRows.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="no-administration-has-a-local-routine-yet" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="health-per-administration" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="administration" /></th>
						<th scope="col"><liferay-ui:message key="local-routines" /></th>
						<th scope="col"><liferay-ui:message key="reviewed-on-time" /></th>
						<th scope="col"><liferay-ui:message key="programmes-without-a-routine" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (HealthRow healthRow : healthRows) {
					%>

						<tr>
							<th scope="row"><%= HtmlUtil.escape(healthRow.getAdministrationName()) %></th>
							<td><%= healthRow.getRoutineCount() %></td>
							<td><liferay-ui:message arguments="<%= new Object[] {healthRow.getReviewedOnTimeCount(), healthRow.getRoutineCount(), healthRow.getReviewedOnTimePercent()} %>" key="x-of-x-x-percent" translateArguments="<%= false %>" /></td>
							<td><%= healthRow.getProgramsWithoutRoutineCount() %></td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
