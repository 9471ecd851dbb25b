// Sends the signed payment form on to the payment page at once; without JavaScript its button does.
document.addEventListener('DOMContentLoaded', function () {
  var form = document.getElementById('formulaire-paiement');
  if (form) {
    form.submit();
  }
});
