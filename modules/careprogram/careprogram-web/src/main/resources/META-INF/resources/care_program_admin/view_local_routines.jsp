<%@ include file="/init.jsp" %>

<%
LocalRoutinesDisplayContext localRoutinesDisplayContext = (LocalRoutinesDisplayContext)request.getAttribute(CareProgramWebKeys.LOCAL_ROUTINES_DISPLAY_CONTEXT);

List<LocalRoutineRow> localRoutineRows = localRoutinesDisplayContext.getLocalRoutineRows();

String successMessageKey = localRoutinesDisplayContext.getSuccessMessageKey();
%>

<clay:container-fluid cssClass="livsviktig-careprogram-admin">
	<a class="btn btn-link px-0" href="<%= HtmlUtil.escapeHREF(localRoutinesDisplayContext.getBackURL()) %>"><liferay-ui:message key="back-to-the-programmes" /></a>

	<h2><liferay-ui:message arguments="<%= HtmlUtil.escape(localRoutinesDisplayContext.getCareProgramTitle()) %>" key="local-routines-of-x" translateArguments="<%= false %>" /></h2>

	<%@ include file="/shared/success_message.jspf" %>

	<p><a class="btn btn-primary" href="<%= HtmlUtil.escapeHREF(localRoutinesDisplayContext.getAddURL()) %>"><liferay-ui:message key="add-local-routine" /></a></p>

	<c:choose>
		<c:when test="<%= localRoutineRows.isEmpty() %>">
			<p class="text-secondary"><liferay-ui:message key="no-administration-has-a-local-routine-yet" /></p>
		</c:when>
		<c:otherwise>
			<table class="table table-autofit table-list">
				<caption class="sr-only"><liferay-ui:message key="local-routines" /></caption>
				<thead>
					<tr>
						<th scope="col"><liferay-ui:message key="administration" /></th>
						<th scope="col"><liferay-ui:message key="owner" /></th>
						<th scope="col"><liferay-ui:message key="review-interval" /></th>
						<th scope="col"><liferay-ui:message key="review" /></th>
						<th scope="col"><liferay-ui:message key="actions" /></th>
					</tr>
				</thead>
				<tbody>

					<%
					for (LocalRoutineRow localRoutineRow : localRoutineRows) {
						ReviewBadge reviewBadge = localRoutineRow.getReviewBadge();
					%>

						<tr>
							<th scope="row"><%= HtmlUtil.escape(localRoutineRow.getAdministrationName()) %></th>
							<td>
								<c:choose>
									<c:when test="<%= localRoutineRow.getOwnerName() != null %>">
										<%= HtmlUtil.escape(localRoutineRow.getOwnerName()) %>
									</c:when>
									<c:otherwise>
										<liferay-ui:message key="review-badge-no-owner" />
									</c:otherwise>
								</c:choose>
							</td>
							<td><liferay-ui:message arguments="<%= localRoutineRow.getReviewIntervalMonths() %>" key="x-months" /></td>
							<td><%@ include file="/shared/review_badge.jspf" %></td>
							<td>
								<a href="<%= HtmlUtil.escapeHREF(localRoutinesDisplayContext.getEditURL(localRoutineRow)) %>"><liferay-ui:message key="edit" /><span class="sr-only"> <%= HtmlUtil.escape(localRoutineRow.getAdministrationName()) %></span></a>

								<c:if test="<%= localRoutinesDisplayContext.getDeleteURL(localRoutineRow) != null %>">
									|
									<a class="text-danger" href="<%= HtmlUtil.escapeHREF(localRoutinesDisplayContext.getDeleteURL(localRoutineRow)) %>"><liferay-ui:message key="delete" /><span class="sr-only"> <%= HtmlUtil.escape(localRoutineRow.getAdministrationName()) %></span></a>
								</c:if>
							</td>
						</tr>

					<%
					}
					%>

				</tbody>
			</table>
		</c:otherwise>
	</c:choose>
</clay:container-fluid>
