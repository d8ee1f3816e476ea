// Checks: the arguments object prints as [Arguments]
(function () { console.log(arguments); })(1, 'two');
(function () { console.log(arguments); })();
